import type { UnitFilter } from '@tn/reporting-contracts';
import type { AreaFlags, UnitProfile } from '@tn/shared-unit-hierarchy';

/** A named list matches when it holds the value; an absent or empty list names no condition. */
export const listAllows = (list: readonly string[] | undefined, value: string): boolean => list === undefined || list.length === 0 || list.includes(value);

const FLAG_NAMES: readonly (keyof AreaFlags)[] = ['ethnicMinority', 'mountainous', 'border', 'island'];

/**
 * Whether a unit's profile (its version on the structure date) passes the filter. A flag set to
 * true must be on the unit; one set to false must be off (a filter for units without the flag).
 */
export function unitPasses(profile: UnitProfile, filter: UnitFilter | undefined): boolean {
  if (!filter) return true;
  if (!listAllows(filter.levelLabels, profile.levelLabel)) return false;
  if (!listAllows(filter.organisations, profile.organisation)) return false;
  const flags = filter.flags ?? {};
  return FLAG_NAMES.every((name) => flags[name] === undefined || flags[name] === profile.flags[name]);
}

/** Whether any value of `values` is in the list (an absent or empty list names no condition). */
export const listSharesAny = (list: readonly string[] | undefined, values: readonly string[]): boolean =>
  list === undefined || list.length === 0 || values.some((value) => list.includes(value));
