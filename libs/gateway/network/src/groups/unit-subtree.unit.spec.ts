import { subtreeUnitIds } from './unit-subtree';

// Lào Cai province with two communes; xa-cu was merged into xa-moi.
const children: Record<string, string[]> = { 'lao-cai': ['xa-moi', 'xa-b'], 'xa-moi': ['chi-doan-1'] };
const predecessors: Record<string, string[]> = { 'xa-moi': ['xa-cu'] };
const tree = {
  childrenOf: async (parentId: string | null) => (children[parentId ?? ''] ?? []).map((unitId) => ({ unitId })),
  withPredecessors: async (unitId: string) => [unitId, ...(predecessors[unitId] ?? [])],
};

describe('subtreeUnitIds', () => {
  it('walks the unit, every unit below it and the units merged into them', async () => {
    expect([...(await subtreeUnitIds(tree, 'lao-cai', '2026-01-01'))].sort()).toEqual(['chi-doan-1', 'lao-cai', 'xa-b', 'xa-cu', 'xa-moi']);
    expect([...(await subtreeUnitIds(tree, 'xa-b', '2026-01-01'))]).toEqual(['xa-b']);
  });
});
