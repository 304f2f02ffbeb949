import type { HierarchyState, UnitRecord, UnitVersion } from './hierarchy.types';

/** The unit as it was on `date`, or undefined before it existed. */
export function versionAsOf(unit: UnitRecord | undefined, date: string): UnitVersion | undefined {
  if (!unit) return undefined;
  let found: UnitVersion | undefined;
  for (const version of unit.versions) {
    if (version.from <= date) found = version;
    else break;
  }
  return found;
}

export const isActiveOn = (state: HierarchyState, unitId: string, date: string) => versionAsOf(state.units[unitId], date)?.status === 'active';

/** Active units whose parent was `parentId` on `date`. */
export function childrenAsOf(state: HierarchyState, parentId: string, date: string): string[] {
  return Object.values(state.units)
    .filter((unit) => {
      const version = versionAsOf(unit, date);
      return version?.status === 'active' && version.parentId === parentId;
    })
    .map((unit) => unit.id);
}

/** Ancestors of a unit on `date`, nearest first; stops at a loop rather than spinning. */
export function ancestorsAsOf(state: HierarchyState, unitId: string, date: string): string[] {
  const ancestors: string[] = [];
  let current = versionAsOf(state.units[unitId], date)?.parentId ?? null;
  while (current !== null && !ancestors.includes(current)) {
    ancestors.push(current);
    current = versionAsOf(state.units[current], date)?.parentId ?? null;
  }
  return ancestors;
}

/** Every date on which the hierarchy changed, from `from` on (for checks across the timeline). */
export function changeDatesFrom(state: HierarchyState, from: string): string[] {
  const dates = new Set<string>([from]);
  for (const unit of Object.values(state.units)) {
    for (const version of unit.versions) if (version.from > from) dates.add(version.from);
  }
  return [...dates].sort();
}

/** The date of the unit's latest change. */
export const lastChangeOf = (unit: UnitRecord) => unit.versions[unit.versions.length - 1]!.from;
