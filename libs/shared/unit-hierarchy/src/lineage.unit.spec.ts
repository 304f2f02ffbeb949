import { evolveHierarchy, initialHierarchy } from './hierarchy.evolve';
import type { HierarchyEvent } from './hierarchy.events';
import { existsOn, lineageOf } from './lineage';

const flags = { ethnicMinority: false, mountainous: false, border: false, island: false };
const created = (unitId: string, parentId: string | null, effectiveFrom = '2025-01-01'): HierarchyEvent => ({
  type: 'UnitCreated',
  data: { unitId, parentId, effectiveFrom, nameVi: unitId, organisation: 'union', levelLabel: 'Đoàn', flags },
});
const stateOf = (events: HierarchyEvent[]) => events.reduce(evolveHierarchy, initialHierarchy());

// The registry's HierarchyView tests cover the same function through its decider; these read events only.
describe('lineageOf', () => {
  it('is the unit then its ancestors on the date, and empty for an unknown unit', () => {
    const state = stateOf([
      created('p', null),
      created('c', 'p'),
      created('q', null),
      { type: 'UnitMoved', data: { unitId: 'c', fromParentId: 'p', toParentId: 'q', effectiveFrom: '2025-06-01' } },
    ]);
    expect(lineageOf(state, 'c', '2025-05-31')).toEqual(['c', 'p']);
    expect(lineageOf(state, 'c', '2025-06-01')).toEqual(['c', 'q']);
    expect(lineageOf(state, 'nowhere', '2025-06-01')).toEqual([]);
    expect(existsOn(state, 'c', '2024-12-31')).toBe(false);
  });

  it('answers for merged and split units through their successors', () => {
    const state = stateOf([
      created('p', null),
      created('q', null),
      created('a', 'p'),
      created('b', 'q'),
      created('s', 'p'),
      created('s1', 'p', '2025-07-01'),
      created('s2', 'q', '2025-07-01'),
      { type: 'UnitsMerged', data: { sourceUnitIds: ['a'], successorUnitId: 'b', effectiveFrom: '2025-07-01' } },
      { type: 'UnitSplit', data: { unitId: 's', successorUnitIds: ['s1', 's2'], effectiveFrom: '2025-07-01' } },
    ]);
    expect(lineageOf(state, 'a', '2025-06-30')).toEqual(['a', 'p']);
    expect(lineageOf(state, 'a', '2025-07-01')).toEqual(['a', 'b', 'q']);
    expect(lineageOf(state, 's', '2025-07-01')).toEqual(['s', 's1', 'p', 's2', 'q']);
  });
});
