import type { UnitProfile } from './hierarchy.types';

export type UnitCreated = {
  type: 'UnitCreated';
  data: UnitProfile & { unitId: string; parentId: string | null; effectiveFrom: string };
};
export type UnitRenamed = {
  type: 'UnitRenamed';
  data: { unitId: string; nameVi: string; nameEn?: string; effectiveFrom: string };
};
export type UnitMoved = {
  type: 'UnitMoved';
  data: { unitId: string; fromParentId: string | null; toParentId: string; effectiveFrom: string };
};
/** The sources stop; their cadres, volunteers and history pass to the successor. */
export type UnitsMerged = {
  type: 'UnitsMerged';
  data: { sourceUnitIds: string[]; successorUnitId: string; effectiveFrom: string };
};
/**
 * The unit ends; its children pass to the successors, its history (past activities, results,
 * counts, in figures restated to a later structure) to `historyUnitId`, one of them. Events
 * from before the rule was recorded have none: read them with `historyUnitOf`.
 */
export type UnitSplit = {
  type: 'UnitSplit';
  data: { unitId: string; successorUnitIds: string[]; historyUnitId?: string; effectiveFrom: string };
};
export type UnitDissolved = { type: 'UnitDissolved'; data: { unitId: string; effectiveFrom: string } };

export type HierarchyEvent = UnitCreated | UnitRenamed | UnitMoved | UnitsMerged | UnitSplit | UnitDissolved;

/** The whole hierarchy is one stream. */
export const HIERARCHY_STREAM_ID = 'hierarchy-national';

/** Every hierarchy event type (what a projection of the hierarchy handles). */
export const HIERARCHY_EVENT_TYPES: readonly HierarchyEvent['type'][] = [
  'UnitCreated',
  'UnitRenamed',
  'UnitMoved',
  'UnitsMerged',
  'UnitSplit',
  'UnitDissolved',
];

export const isHierarchyEvent = (event: { type: string }): event is HierarchyEvent => (HIERARCHY_EVENT_TYPES as readonly string[]).includes(event.type);

/** The context that decides the hierarchy and publishes its stream (on `<prefix>registry.events`). */
export const HIERARCHY_CONTEXT = 'registry';
