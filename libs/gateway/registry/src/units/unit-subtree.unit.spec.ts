import { subtreeUnitIds, type UnitTree } from './unit-subtree';

/** A hierarchy in memory: children by parent, and units merged into others (with the date). */
function treeOf(children: Record<string, string[]>, mergedInto: Record<string, { successor: string; from: string }> = {}) {
  const asked: string[] = [];
  const tree: UnitTree = {
    childrenOf: async (parentId) => {
      asked.push(`children ${parentId}`);
      return (children[parentId ?? ''] ?? []).map((unitId) => ({ unitId }));
    },
    withPredecessors: async (unitId, date) => {
      asked.push(`predecessors ${unitId}`);
      if (mergedInto[unitId] && mergedInto[unitId].from <= date) return [];
      const merged = Object.entries(mergedInto)
        .filter(([, m]) => m.successor === unitId && m.from <= date)
        .map(([id]) => id);
      return [unitId, ...merged];
    },
  };
  return { tree, asked };
}

describe('a unit subtree', () => {
  it('reaches every level below the unit, each unit asked once', async () => {
    const { tree, asked } = treeOf({ province: ['c1', 'c2'], c1: ['b1', 'b2'], c2: ['b3'], b2: ['t1'] });
    expect([...(await subtreeUnitIds(tree, 'province', '2026-01-01'))].sort()).toEqual(['b1', 'b2', 'b3', 'c1', 'c2', 'province', 't1']);
    expect(asked.filter((line) => line.startsWith('children')).sort()).toEqual(
      ['b1', 'b2', 'b3', 'c1', 'c2', 'province', 't1'].map((id) => `children ${id}`).sort(),
    );
  });

  it('takes in the units merged into one of its units by the date, and what still hangs under them', async () => {
    const { tree } = treeOf({ province: ['merged'], old: ['old-branch'] }, { old: { successor: 'merged', from: '2025-07-01' } });
    expect([...(await subtreeUnitIds(tree, 'province', '2025-07-01'))].sort()).toEqual(['merged', 'old', 'old-branch', 'province']);
    expect([...(await subtreeUnitIds(tree, 'province', '2025-06-30'))].sort()).toEqual(['merged', 'province']);
  });

  it('is the unit alone when nothing hangs under it', async () => {
    const { tree } = treeOf({ province: ['c1'] });
    expect([...(await subtreeUnitIds(tree, 'c1', '2026-01-01'))]).toEqual(['c1']);
  });
});
