/** Reads of one list in flight at once: a province's subtree must not take every connection of the store. */
const READS_IN_FLIGHT = 16;

/** `read` of each distinct value, at most READS_IN_FLIGHT at a time, in the values' first-seen order. */
export async function eachDistinct<T>(values: readonly string[], read: (value: string) => Promise<T>): Promise<T[]> {
  const distinct = [...new Set(values)];
  const results: T[] = new Array<T>(distinct.length);
  let next = 0;
  const reader = async () => {
    while (next < distinct.length) {
      const index = next++;
      results[index] = await read(distinct[index] as string);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READS_IN_FLIGHT, distinct.length) }, reader));
  return results;
}

/** What the subtree walk needs of the registry slice's unit read models (its UnitDirectory). */
export interface UnitTree {
  childrenOf(parentId: string | null, date: string): Promise<readonly { unitId: string }[]>;
  withPredecessors(unitId: string, date: string): Promise<string[]>;
}

/**
 * The unit, every unit below it on `date`, and every unit merged or split into one of them by
 * then (their groups belong there from then on), read level by level with one lookup per unit,
 * as the registry's read models are shaped (the walk training's unit views make).
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
