import { type HierarchyState, type UnitRecord, type UnitVersion, versionAsOf } from '@tn/shared-unit-hierarchy';

/**
 * Attribution to a structure date S (ADR 0021): a fact recorded by a unit counts for the unit that
 * carries that unit on S, so every fact has exactly one carrier and a subtree's value never counts a
 * fact twice, whatever merged or split in between.
 */

/** The version read defensively: splits recorded before the history rule name no `historyUnitId`. */
type SplitVersion = UnitVersion & { historyUnitId?: string };

/** The successor a merged or split version hands its history to, or undefined when nobody carries it on. */
function heirOf(version: SplitVersion): string | undefined {
  const successors = version.successorIds ?? [];
  if (successors.length === 0) return undefined;
  if (version.status === 'merged') return successors[0];
  const named = version.historyUnitId;
  return named !== undefined && successors.includes(named) ? named : successors[0];
}

/**
 * The parent of a unit on `date`; a unit that did not exist yet on `date` answers with the parent
 * it was created under (a fact is never dated before its unit, but a projection may lag).
 */
function parentOn(unit: UnitRecord, date: string): string | null {
  return (versionAsOf(unit, date) ?? unit.versions[0])?.parentId ?? null;
}

/**
 * The unit that carries `unitId`'s fact of `factDate` in the structure of `structureDate`:
 * - the unit itself while active on S, or when dissolved without successors (nobody else carries it);
 * - merged before S: the merger's successor, followed on;
 * - split before S: the successor the split names as carrying its history (else the first one), followed on;
 * - not existing yet on S (created later, e.g. a merger's new successor): its nearest ancestor on the
 *   fact's date that exists on S, carried in turn.
 * Undefined for a unit the hierarchy does not know.
 */
export function carrierOn(hierarchy: HierarchyState, unitId: string, factDate: string, structureDate: string): string | undefined {
  const seen = new Set<string>();
  let current: string | undefined = unitId;
  while (current !== undefined && !seen.has(current)) {
    seen.add(current);
    const unit: UnitRecord | undefined = hierarchy.units[current];
    if (!unit) return undefined;
    const version = versionAsOf(unit, structureDate);
    if (!version) {
      current = nearestAncestorExistingOn(hierarchy, unit, factDate, structureDate);
      continue;
    }
    if (version.status === 'active') return current;
    const heir = heirOf(version);
    if (heir === undefined) return current;
    current = heir;
  }
  // A loop in the successors (never decided by the registry): the last unit reached stands.
  return current;
}

function nearestAncestorExistingOn(hierarchy: HierarchyState, unit: UnitRecord, factDate: string, structureDate: string): string | undefined {
  const seen = new Set<string>([unit.id]);
  let parentId = parentOn(unit, factDate);
  while (parentId !== null && !seen.has(parentId)) {
    seen.add(parentId);
    const parent = hierarchy.units[parentId];
    if (!parent) return undefined;
    if (versionAsOf(parent, structureDate)) return parentId;
    parentId = parentOn(parent, factDate);
  }
  return undefined;
}

/**
 * Carriers of one structure date, remembered: an evaluation asks for the carrier of the same
 * unit thousands of times. Only units that did not exist on S depend on the fact's date.
 */
export interface Attribution {
  readonly structureDate: string;
  carrierOf(unitId: string, factDate: string): string | undefined;
}

export function attributionAt(hierarchy: HierarchyState, structureDate: string): Attribution {
  const byUnit = new Map<string, string | undefined>();
  const byUnitAndDay = new Map<string, string | undefined>();
  return {
    structureDate,
    carrierOf(unitId, factDate) {
      const datedOnly = versionAsOf(hierarchy.units[unitId], structureDate) === undefined;
      const cache = datedOnly ? byUnitAndDay : byUnit;
      const key = datedOnly ? `${unitId}|${factDate}` : unitId;
      if (cache.has(key)) return cache.get(key);
      const carrier = carrierOn(hierarchy, unitId, factDate, structureDate);
      cache.set(key, carrier);
      return carrier;
    },
  };
}

/** Units by the parent their version on `date` names (any status). */
function childrenIndexOn(hierarchy: HierarchyState, date: string): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const unit of Object.values(hierarchy.units)) {
    const parentId = versionAsOf(unit, date)?.parentId;
    if (parentId === null || parentId === undefined) continue;
    const siblings = children.get(parentId);
    if (siblings) siblings.push(unit.id);
    else children.set(parentId, [unit.id]);
  }
  return children;
}

/**
 * The root and every unit under it on `date`, root first, in any status: a unit dissolved without
 * successors still carries its own history under its last parent. Merged and split units are
 * listed too but never carry anything (their facts go to their heirs). Empty when the root did
 * not exist on `date`.
 */
export function subtreeOn(hierarchy: HierarchyState, rootId: string, date: string): string[] {
  if (!versionAsOf(hierarchy.units[rootId], date)) return [];
  const children = childrenIndexOn(hierarchy, date);
  const subtree = [rootId];
  const seen = new Set(subtree);
  // The list grows as it is read: breadth first.
  for (const unitId of subtree) {
    for (const child of children.get(unitId) ?? []) {
      if (seen.has(child)) continue;
      seen.add(child);
      subtree.push(child);
    }
  }
  return subtree;
}

/** Units of the subtree active on `date`, root first (what unit counts and coverage range over). */
export const activeSubtreeOn = (hierarchy: HierarchyState, rootId: string, date: string): string[] =>
  subtreeOn(hierarchy, rootId, date).filter((unitId) => versionAsOf(hierarchy.units[unitId], date)?.status === 'active');

/** Every unit a unit ever sat under (through any of its versions), nearest first. */
function everAncestorsOf(hierarchy: HierarchyState, unit: UnitRecord): string[] {
  const ancestors: string[] = [];
  const queue = [unit];
  const seen = new Set([unit.id]);
  for (const current of queue) {
    for (const version of current.versions) {
      const parentId = version.parentId;
      if (parentId === null || seen.has(parentId)) continue;
      seen.add(parentId);
      ancestors.push(parentId);
      const parent = hierarchy.units[parentId];
      if (parent) queue.push(parent);
    }
  }
  return ancestors;
}

/**
 * Every unit (of any time) whose facts may be carried into the subtree of `rootId` on S: the
 * unit ids a reader fetches fact documents by. A unit existing on S is attributed whatever the
 * fact's date; one created after S depends on its ancestors on the fact's date, so it is listed
 * when any ancestor it ever had that exists on S carries into the subtree (a superset: the
 * evaluation checks each fact's carrier again).
 */
export function unitsAttributedTo(hierarchy: HierarchyState, rootId: string, structureDate: string): string[] {
  const subtree = new Set(subtreeOn(hierarchy, rootId, structureDate));
  if (subtree.size === 0) return [];
  const attributed: string[] = [];
  for (const unit of Object.values(hierarchy.units)) {
    if (versionAsOf(unit, structureDate)) {
      const carrier = carrierOn(hierarchy, unit.id, structureDate, structureDate);
      if (carrier !== undefined && subtree.has(carrier)) attributed.push(unit.id);
      continue;
    }
    const lands = everAncestorsOf(hierarchy, unit).some((ancestorId) => {
      if (!versionAsOf(hierarchy.units[ancestorId], structureDate)) return false;
      const carrier = carrierOn(hierarchy, ancestorId, structureDate, structureDate);
      return carrier !== undefined && subtree.has(carrier);
    });
    if (lands) attributed.push(unit.id);
  }
  return attributed;
}
