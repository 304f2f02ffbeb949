import { evolveHierarchyAll, initialHierarchy } from './hierarchy.evolve';
import type { HierarchyEvent, UnitSplit } from './hierarchy.events';
import { versionAsOf } from './hierarchy.queries';
import { historyUnitOf } from './split-history';

const flags = { ethnicMinority: false, mountainous: false, border: false, island: false };
const created = (unitId: string, effectiveFrom = '2025-01-01'): HierarchyEvent => ({
  type: 'UnitCreated',
  data: { unitId, parentId: 'p', effectiveFrom, nameVi: unitId, organisation: 'union', levelLabel: 'Đoàn', flags },
});
const split = (data: Partial<UnitSplit['data']> = {}): UnitSplit => ({
  type: 'UnitSplit',
  data: { unitId: 's', successorUnitIds: ['s1', 's2'], effectiveFrom: '2025-07-01', ...data },
});
const foldedSplitUnit = (event: UnitSplit) => {
  const state = evolveHierarchyAll(initialHierarchy(), [created('p'), created('s'), created('s1', '2025-07-01'), created('s2', '2025-07-01'), event]);
  return state.units['s'];
};

describe('the successor that carries a split unit’s history', () => {
  it('is the one the split recorded, on the split unit’s last version', () => {
    const unit = foldedSplitUnit(split({ historyUnitId: 's2' }));
    expect(versionAsOf(unit, '2025-07-01')).toMatchObject({ status: 'dissolved', successorIds: ['s1', 's2'], historyUnitId: 's2' });
    expect(versionAsOf(unit, '2025-06-30')?.historyUnitId).toBeUndefined();
    expect(historyUnitOf(split({ historyUnitId: 's2' }).data)).toBe('s2');
  });

  it('is the first successor for a split recorded before the rule was', () => {
    expect(versionAsOf(foldedSplitUnit(split()), '2025-07-01')?.historyUnitId).toBe('s1');
    expect(historyUnitOf(split().data)).toBe('s1');
  });
});
