import { hierarchyEventTypes } from '@tn/registry-contracts';
import { projectionOver } from '@tn/shared-event-bus';
import { type EnvelopeOf, type EventsOf, eventTypesNamed } from '@tn/shared-event-contracts';
import { ROOT_PARENT } from './unit.read-model';

export const UNIT_CHILDREN_COLLECTION = 'gw_registry_unit_children';

/** A unit's children over time: which unit hung under it from when (until when). */
export interface UnitChildrenDoc {
  parentId: string;
  children: { unitId: string; from: string; until?: string }[];
}

const unitChildrenEventTypes = eventTypesNamed(hierarchyEventTypes, 'UnitCreated', 'UnitMoved');
type UnitChildrenEvent = EnvelopeOf<EventsOf<typeof unitChildrenEventTypes>>;

const keyOf = (parentId: string | null | undefined) => (typeof parentId === 'string' ? parentId : ROOT_PARENT);

/**
 * Pure: the children list of one parent after a hierarchy event. A move touches two parents:
 * the old one closes the child's entry, the new one opens one.
 */
export function evolveUnitChildren(doc: UnitChildrenDoc | null, event: UnitChildrenEvent): UnitChildrenDoc {
  const { unitId, effectiveFrom: from } = event.data;
  if (event.type === 'UnitCreated') {
    const parentId = keyOf(event.data.parentId);
    return { parentId, children: [...(doc?.children ?? []), { unitId, from }] };
  }
  const toParent = keyOf(event.data.toParentId);
  if (!doc || doc.parentId === toParent) return { parentId: toParent, children: [...(doc?.children ?? []), { unitId, from }] };
  return { ...doc, children: doc.children.map((child) => (child.unitId === unitId && child.until === undefined ? { ...child, until: from } : child)) };
}

/** Children of a parent on a date (whatever their status; the unit itself says whether it is active). */
export const childIdsOn = (doc: UnitChildrenDoc | undefined, date: string): string[] =>
  (doc?.children ?? []).filter((child) => child.from <= date && (child.until === undefined || date < child.until)).map((child) => child.unitId);

/**
 * Children by parent, so that a tree level is one lookup by `_id` plus one per child — the
 * queries every store answers from an index (FerretDB on SQLite scans for anything else).
 */
export const unitChildrenProjection = projectionOver(unitChildrenEventTypes, {
  name: 'gateway-unit-children',
  collection: UNIT_CHILDREN_COLLECTION,
  contiguous: false,
  documentId: (event) => (event.type === 'UnitMoved' ? [keyOf(event.data.fromParentId), keyOf(event.data.toParentId)] : keyOf(event.data.parentId)),
  evolve: evolveUnitChildren,
});
