/**
 * One publication stream per unit and period, `<unitId>:<period>`. The id grammar allows `:` in
 * a unit id, but a period key never holds one, so the id reads back from the right and no two
 * units' publications share a stream.
 */
export const publishedValuesIdOf = (unitId: string, period: string): string => `${unitId}:${period}`;
