import { DomainError } from '@tn/shared-decider';
import type { CommandEnvelope } from '@tn/shared-event-contracts';
import { HIERARCHY_STREAM_ID } from '@tn/registry-domain';
import { hierarchyRoutes } from './hierarchy-routes';

const envelope = (type: string, payload: Record<string, unknown>): CommandEnvelope => ({
  commandId: 'c1',
  type,
  payload,
  actor: { kind: 'account', id: 'cadre-1' },
  correlationId: 'k',
  issuedAt: '2025-07-01T00:00:00.000Z',
});
const route = (type: string) => hierarchyRoutes.find((r) => r.type === type)!;

describe('hierarchy command routes', () => {
  it('routes every hierarchy command to the one hierarchy stream', () => {
    expect(hierarchyRoutes.map((r) => r.type).sort()).toEqual(['CreateUnit', 'DissolveUnit', 'MergeUnits', 'MoveUnit', 'RenameUnit', 'SplitUnit']);
    expect(new Set(hierarchyRoutes.map((r) => r.streamIdOf(envelope(r.type, {}))))).toEqual(new Set([HIERARCHY_STREAM_ID]));
  });

  it('maps a CreateUnit payload, defaulting absent area flags to false', () => {
    expect(
      route('CreateUnit').toCommand(
        envelope('CreateUnit', { unitId: 'lao-cai', nameVi: 'Tỉnh đoàn Lào Cai', organisation: 'union', levelLabel: 'Tỉnh đoàn', effectiveFrom: '2025-07-01', flags: { border: true } }),
      ),
    ).toEqual({
      type: 'CreateUnit',
      unitId: 'lao-cai',
      parentId: null,
      effectiveFrom: '2025-07-01',
      today: '2025-07-01',
      profile: {
        nameVi: 'Tỉnh đoàn Lào Cai',
        organisation: 'union',
        levelLabel: 'Tỉnh đoàn',
        flags: { ethnicMinority: false, mountainous: false, border: true, island: false },
      },
    });
  });

  it('names the missing field of a nested merge successor', () => {
    try {
      route('MergeUnits').toCommand(envelope('MergeUnits', { sourceUnitIds: ['a', 'b'], successor: { newUnitId: 'c' }, effectiveFrom: '2025-07-01' }));
      throw new Error('expected a validation error');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).field).toBe('successor.nameVi');
    }
  });
});
