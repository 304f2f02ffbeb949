import { EventTypeRegistry } from '@tn/shared-event-contracts';
import { hierarchyEventTypes } from './hierarchy-event-types';

describe('registry hierarchy event contracts', () => {
  const registry = new EventTypeRegistry(hierarchyEventTypes);

  it('accepts a unit created at the top (no parent) with its area flags', () => {
    expect(() =>
      registry.assertValid('UnitCreated', {
        unitId: 'lao-cai',
        parentId: null,
        effectiveFrom: '2025-07-01',
        nameVi: 'Tỉnh đoàn Lào Cai',
        organisation: 'union',
        levelLabel: 'Tỉnh đoàn',
        flags: { ethnicMinority: true, mountainous: true, border: true, island: false },
      }),
    ).not.toThrow();
  });

  it('rejects a merge without its successor', () => {
    expect(() => registry.assertValid('UnitsMerged', { sourceUnitIds: ['a', 'b'], effectiveFrom: '2025-07-01' })).toThrow(
      'successorUnitId is required',
    );
  });
});
