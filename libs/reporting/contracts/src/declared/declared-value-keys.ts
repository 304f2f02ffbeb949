/**
 * What a unit may declare for a period, by key: figures no event records, which an indicator
 * reads through a `declared` measure. `activities-held`: the activities the unit held in the
 * period, recorded or not (K2's denominator).
 */
export const DECLARED_VALUE_KEYS = ['activities-held'] as const;
export type DeclaredValueKey = (typeof DECLARED_VALUE_KEYS)[number];

export const isDeclaredValueKey = (key: unknown): key is DeclaredValueKey => (DECLARED_VALUE_KEYS as readonly unknown[]).includes(key);

/**
 * One id per unit, period and key: `<unitId>:<period>:<key>`. The id grammar allows `:` in a
 * unit id, but neither a period key nor a declared key holds one, so the id reads back from the
 * right and no two declarations share it.
 */
export const declaredValueIdOf = (unitId: string, period: string, key: string): string => `${unitId}:${period}:${key}`;
