import { IMPORT_UNITS_MAX, isExistingSuccessor } from '@tn/registry-contracts';
import { assertNever, type Decider } from '@tn/shared-decider';
import { illegalStateError, validationError } from '../common/errors';
import { requirePlausibleDates } from '../calendar/date-window.rules';
import type { HierarchyCommand, ImportUnits, MergeUnits, SplitUnit } from './hierarchy.commands';
import type { HierarchyEvent, UnitMoved } from './hierarchy.events';
import { evolveHierarchy, evolveHierarchyAll, initialHierarchy } from './hierarchy.evolve';
import { childrenAsOf } from './hierarchy.queries';
import {
  requireActiveOn,
  requireDate,
  requireInDateOrder,
  requireNewUnit,
  profileOf,
  requireNoChildrenLeft,
  requireProfile,
  requireSoundPlacement,
  requireUnit,
} from './hierarchy.rules';
import type { HierarchyState } from './hierarchy.types';

const applyAll = evolveHierarchyAll;

function decideHierarchy(command: HierarchyCommand, state: HierarchyState): HierarchyEvent[] {
  requireDate(command.effectiveFrom);
  requirePlausibleDates(command);
  switch (command.type) {
    case 'CreateUnit': {
      requireNewUnit(state, command.unitId);
      const profile = profileOf(command);
      requireProfile(profile);
      const parentId = command.parentId ?? null;
      if (parentId !== null) requireActiveOn(state, parentId, command.effectiveFrom, 'UNIT.PARENT_NOT_ACTIVE', 'parentId');
      return [{ type: 'UnitCreated', data: { unitId: command.unitId, parentId, effectiveFrom: command.effectiveFrom, ...profile } }];
    }
    case 'RenameUnit': {
      requireActiveOn(state, command.unitId, command.effectiveFrom, 'UNIT.NOT_ACTIVE', 'unitId');
      requireInDateOrder(state, command.unitId, command.effectiveFrom);
      if (!command.nameVi?.trim()) throw validationError('UNIT.NAME_REQUIRED', 'nameVi', 'a Vietnamese name is required');
      const { unitId, nameVi, nameEn, effectiveFrom } = command;
      return [{ type: 'UnitRenamed', data: { unitId, nameVi, ...(nameEn === undefined ? {} : { nameEn }), effectiveFrom } }];
    }
    case 'MoveUnit': {
      requireActiveOn(state, command.unitId, command.effectiveFrom, 'UNIT.NOT_ACTIVE', 'unitId');
      requireInDateOrder(state, command.unitId, command.effectiveFrom);
      requireActiveOn(state, command.newParentId, command.effectiveFrom, 'UNIT.PARENT_NOT_ACTIVE', 'parentId');
      const events = [moved(state, command.unitId, command.newParentId, command.effectiveFrom)];
      requireSoundPlacement(applyAll(state, events), command.unitId, command.effectiveFrom);
      return events;
    }
    case 'MergeUnits':
      return decideMerge(command, state);
    case 'SplitUnit':
      return decideSplit(command, state);
    case 'DissolveUnit': {
      requireActiveOn(state, command.unitId, command.effectiveFrom, 'UNIT.NOT_ACTIVE', 'unitId');
      requireInDateOrder(state, command.unitId, command.effectiveFrom);
      const events: HierarchyEvent[] = [{ type: 'UnitDissolved', data: { unitId: command.unitId, effectiveFrom: command.effectiveFrom } }];
      requireNoChildrenLeft(applyAll(state, events), command.unitId, command.effectiveFrom);
      return events;
    }
    case 'ImportUnits':
      return decideImport(command, state);
    default:
      return assertNever(command);
  }
}

function moved(state: HierarchyState, unitId: string, toParentId: string, effectiveFrom: string): UnitMoved {
  const latest = requireUnit(state, unitId).versions.at(-1)!;
  return { type: 'UnitMoved', data: { unitId, fromParentId: latest.parentId, toParentId, effectiveFrom } };
}

/** Sources end on the date; their active children move to the successor (a new or existing unit). */
function decideMerge(command: MergeUnits, state: HierarchyState): HierarchyEvent[] {
  const { sourceUnitIds, successor, effectiveFrom } = command;
  const successorId = isExistingSuccessor(successor) ? successor.existingUnitId : successor.newUnitId;
  const distinct = new Set(sourceUnitIds);
  if (distinct.size !== sourceUnitIds.length || distinct.has(successorId)) {
    throw validationError('UNIT.MERGE_BAD_SOURCES', 'sourceUnitIds', 'sources must be distinct and differ from the successor');
  }
  if (sourceUnitIds.length < (isExistingSuccessor(successor) ? 1 : 2)) {
    throw validationError('UNIT.MERGE_NEEDS_SOURCES', 'sourceUnitIds', 'a merge into a new unit needs at least two sources');
  }
  for (const sourceId of sourceUnitIds) {
    requireActiveOn(state, sourceId, effectiveFrom, 'UNIT.NOT_ACTIVE', 'sourceUnitIds');
    requireInDateOrder(state, sourceId, effectiveFrom);
  }
  const events: HierarchyEvent[] = [];
  if (isExistingSuccessor(successor)) {
    requireActiveOn(state, successor.existingUnitId, effectiveFrom, 'UNIT.SUCCESSOR_NOT_ACTIVE', 'successor');
  } else {
    requireNewUnit(state, successor.newUnitId, 'successor.newUnitId');
    const profile = profileOf(successor);
    requireProfile(profile, 'successor.');
    const parentId = successor.parentId ?? null;
    if (parentId !== null) requireActiveOn(state, parentId, effectiveFrom, 'UNIT.PARENT_NOT_ACTIVE', 'successor.parentId');
    events.push({ type: 'UnitCreated', data: { unitId: successor.newUnitId, parentId, effectiveFrom, ...profile } });
  }
  for (const sourceId of sourceUnitIds) {
    for (const child of childrenAsOf(state, sourceId, effectiveFrom)) {
      if (!distinct.has(child)) events.push(moved(state, child, successorId, effectiveFrom));
    }
  }
  events.push({ type: 'UnitsMerged', data: { sourceUnitIds, successorUnitId: successorId, effectiveFrom } });
  const next = applyAll(state, events);
  for (const sourceId of sourceUnitIds) requireNoChildrenLeft(next, sourceId, effectiveFrom);
  requireSoundPlacement(next, successorId, effectiveFrom);
  return events;
}

/**
 * The unit ends; new units take its place under the same parent and take over its children. One
 * of them carries its history: the event records which (the first part unless one is named).
 */
function decideSplit(command: SplitUnit, state: HierarchyState): HierarchyEvent[] {
  const { unitId, into = [], childAssignments, effectiveFrom } = command;
  requireActiveOn(state, unitId, effectiveFrom, 'UNIT.NOT_ACTIVE', 'unitId');
  requireInDateOrder(state, unitId, effectiveFrom);
  if (into.length < 2) throw validationError('UNIT.SPLIT_NEEDS_PARTS', 'into', 'a split needs at least two new units');
  const parentId = requireUnit(state, unitId).versions.at(-1)!.parentId;
  const newIds = new Set(into.map((part) => part.unitId));
  const historyUnitId = command.historyUnitId ?? into[0].unitId;
  if (!newIds.has(historyUnitId)) {
    throw validationError('UNIT.SPLIT_HISTORY_NOT_A_PART', 'historyUnitId', `unit ${historyUnitId} is not one of the new units`, { historyUnitId });
  }
  const events: HierarchyEvent[] = into.map((part, index) => {
    requireNewUnit(state, part.unitId, `into.${index}.unitId`);
    const profile = profileOf(part);
    requireProfile(profile, `into.${index}.`);
    return { type: 'UnitCreated', data: { unitId: part.unitId, parentId, effectiveFrom, ...profile } };
  });
  for (const child of childrenAsOf(state, unitId, effectiveFrom)) {
    const target = childAssignments[child];
    if (!target || !newIds.has(target)) {
      throw validationError('UNIT.SPLIT_CHILD_UNASSIGNED', `childAssignments.${child}`, `unit ${child} must be assigned to one of the new units`);
    }
    events.push(moved(state, child, target, effectiveFrom));
  }
  events.push({ type: 'UnitSplit', data: { unitId, successorUnitIds: [...newIds], historyUnitId, effectiveFrom } });
  requireNoChildrenLeft(applyAll(state, events), unitId, effectiveFrom);
  return events;
}

/**
 * A subtree in one decision: each unit new (in the hierarchy and in the list), under the import's
 * parent or under a unit listed before it, so no cycle can form; the parent active on the date.
 */
function decideImport(command: ImportUnits, state: HierarchyState): HierarchyEvent[] {
  const { units, effectiveFrom } = command;
  const rootParentId = command.parentId ?? null;
  if (!Array.isArray(units) || units.length === 0 || units.length > IMPORT_UNITS_MAX) {
    throw validationError('UNIT.IMPORT_SIZE', 'units', `an import lists between 1 and ${IMPORT_UNITS_MAX} units`, { count: units?.length ?? 0 });
  }
  if (rootParentId !== null) requireActiveOn(state, rootParentId, effectiveFrom, 'UNIT.PARENT_NOT_ACTIVE', 'parentId');
  const listed = new Set<string>();
  return units.map((unit, index) => {
    requireNewUnit(state, unit.unitId, `units.${index}.unitId`);
    if (listed.has(unit.unitId)) throw illegalStateError('UNIT.ALREADY_EXISTS', `unit ${unit.unitId} is listed twice`, { unitId: unit.unitId });
    const parentId = unit.parentId ?? rootParentId;
    if (parentId !== rootParentId && (parentId === null || !listed.has(parentId))) {
      throw validationError(
        'UNIT.IMPORT_PARENT_NOT_LISTED',
        `units.${index}.parentId`,
        `parent ${parentId} is neither the import's parent nor listed before unit ${unit.unitId}`,
      );
    }
    const profile = profileOf(unit);
    requireProfile(profile, `units.${index}.`);
    listed.add(unit.unitId);
    return { type: 'UnitCreated', data: { unitId: unit.unitId, parentId, effectiveFrom, ...profile } };
  });
}

/** The organisation hierarchy as a decider (pure: dates and ids arrive in the commands). */
export const hierarchyDecider: Decider<HierarchyCommand, HierarchyEvent, HierarchyState> = {
  initialState: initialHierarchy,
  decide: decideHierarchy,
  evolve: evolveHierarchy,
  evolveAll: evolveHierarchyAll,
};
