import type { LocalHierarchy } from './local-hierarchy';
import type { LocalPeople } from './local-people';

/** What the authoriser needs of the registry's people (LocalPeople; a fixed one in tests). */
export type PeopleUnits = Pick<LocalPeople, 'homeUnitOf' | 'positionUnitsOf'>;

/**
 * Where a person belongs as the registry has it (this service's copy): a volunteer's home unit
 * on `date`, a cadre's open positions. People are named by id alone in commands, so
 * both are asked; a person the registry does not know (or no longer places anywhere) has none.
 */
export async function unitsOfPerson(people: PeopleUnits, personId: string, date: string): Promise<string[]> {
  const [home, positions] = await Promise.all([people.homeUnitOf(personId, date), people.positionUnitsOf(personId)]);
  return [...new Set([...(home ? [home] : []), ...positions])];
}

/** Whether one of the person's units lies in one of `units`' subtrees (the unit itself or below it) on `date`. */
export function belongsWithin(hierarchy: Pick<LocalHierarchy, 'lineageOf'>, personUnits: readonly string[], units: readonly string[], date: string): boolean {
  return personUnits.some((unit) => hierarchy.lineageOf(unit, date).some((ancestor) => units.includes(ancestor)));
}
