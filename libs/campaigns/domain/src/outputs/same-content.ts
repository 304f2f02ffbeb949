/** Plain data with its object keys sorted (arrays keep their order), so equal content has one spelling. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, v]) => [key, canonical(v)]));
}

/**
 * Whether two records hold the same content, whatever the order of their keys: a record read back
 * from the store need not list its fields in the order the decider wrote them. Undefined fields count
 * as absent, as in the JSON the events are stored as.
 */
export const sameContent = (a: unknown, b: unknown): boolean => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
