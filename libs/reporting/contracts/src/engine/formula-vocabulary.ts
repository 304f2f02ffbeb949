import type { Formula, Measure, Target, UnitFilter } from './definition.types';

/** Every member of a union listed once: a list that misses one fails to compile. */
type Exhaustive<Union extends string, List extends readonly Union[]> = [Exclude<Union, List[number]>] extends [never] ? List : never;
const listOf =
  <Union extends string>() =>
  <const List extends readonly Union[]>(list: Exhaustive<Union, List>) =>
    list;

/** The words a definition's formula is written in (definition.types.ts), as lists to check against. */
export const FORMULA_KINDS = listOf<Formula['kind']>()(['count', 'ratio', 'coverage']);
export const MEASURE_SOURCES = listOf<Measure['source']>()(['flows', 'units', 'cadres', 'groups', 'partners', 'declared']);
export const FLOW_AGGREGATES = listOf<Extract<Measure, { source: 'flows' }>['aggregate']>()(['count', 'quantity']);
export const GROUP_STATES = listOf<Extract<Measure, { source: 'groups' }>['state']>()(['registered', 'verified', 'active']);
export const UNIT_FLAGS = listOf<keyof NonNullable<UnitFilter['flags']>>()(['ethnicMinority', 'mountainous', 'border', 'island']);
export const TARGET_DIRECTIONS = listOf<NonNullable<Target['direction']>>()(['at-least', 'at-most']);

/** Flow facts that carry a quantity (an output's measure value, a resource's value in VND): only these can be summed. */
export const SUMMABLE_FLOW_KINDS = ['output', 'resource'] as const;
