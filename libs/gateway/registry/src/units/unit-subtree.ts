import { eachDistinct } from '@tn/gateway-core';

/** What the subtree walk needs of the unit read models (the UnitDirectory, `directoryOf(context)`). */
export interface UnitTree {
  childrenOf(parentId: string | null, date: string): Promise<readonly { unitId: string }[]>;
  withPredecessors(unitId: string, date: string): Promise<string[]>;
}

/**
 * The unit, every unit below it on `date`, and every unit merged or split into one of them by
 * then (what belonged to them counts there from then on), read level by level with one lookup
 * per unit, as the registry's read models are shaped (a province: a few hundred lookups, 16 at a
 * time).
 */
export async function subtreeUnitIds(tree: UnitTree, unitId: string, date: string): Promise<Set<string>> {
  const all = new Set<string>([unitId]);
  let level = [unitId];
  while (level.length > 0) {
    const predecessors = (await eachDistinct(level, (id) => tree.withPredecessors(id, date))).flat().filter((id) => !all.has(id));
    for (const id of predecessors) all.add(id);
    const children = (await eachDistinct([...level, ...predecessors], (id) => tree.childrenOf(id, date))).flat().map((child) => child.unitId);
    level = [...new Set(children)].filter((id) => !all.has(id));
    for (const id of level) all.add(id);
  }
  return all;
}
