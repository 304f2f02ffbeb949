/** Reads of one list in flight at once: a long list (a province's subtree) must not take every connection of the store. */
export const READS_IN_FLIGHT = 16;

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
