import { validationError } from '@tn/shared-decider';
import { type CommandEnvelope, isEntityId } from '@tn/shared-event-contracts';
import { type CommandRoute, commandRoute, object, optionalString, requiredString, stringList } from '@tn/shared-event-sourcing-nest';
import {
  HIERARCHY_STREAM_ID,
  type HierarchyCommand,
  hierarchyDecider,
  type Organisation,
  type UnitProfile,
  vietnamDateOf,
} from '@tn/registry-domain';

type Payload = Record<string, unknown>;

function profileOf(payload: Payload, prefix = ''): UnitProfile {
  const flags = (payload['flags'] ?? {}) as Record<string, unknown>;
  const nameEn = optionalString(payload, 'nameEn', prefix);
  const areaCode = optionalString(payload, 'areaCode', prefix);
  return {
    nameVi: requiredString(payload, 'nameVi', prefix),
    ...(nameEn === undefined ? {} : { nameEn }),
    organisation: requiredString(payload, 'organisation', prefix) as Organisation,
    levelLabel: requiredString(payload, 'levelLabel', prefix),
    ...(areaCode === undefined ? {} : { areaCode }),
    flags: {
      ethnicMinority: flags['ethnicMinority'] === true,
      mountainous: flags['mountainous'] === true,
      border: flags['border'] === true,
      island: flags['island'] === true,
    },
  };
}

/** Child unit id → id of the part that takes it: both sides are ids, so both follow the id grammar. */
function childAssignmentsOf(payload: Payload): Record<string, string> {
  const assignments = (payload['childAssignments'] ?? {}) as Record<string, unknown>;
  if (typeof assignments !== 'object' || assignments === null || Array.isArray(assignments)) {
    throw validationError('COMMAND.FIELD_TYPE', 'childAssignments', 'childAssignments must be an object');
  }
  for (const [child, part] of Object.entries(assignments)) {
    if (!isEntityId(child) || !isEntityId(part)) throw validationError('INPUT.ID_INVALID', 'childAssignments', 'childAssignments names units by id');
  }
  return assignments as Record<string, string>;
}

/** Payload → decider command for each hierarchy command type. */
const toHierarchyCommand: Record<HierarchyCommand['type'], (p: Payload) => HierarchyCommand> = {
  CreateUnit: (p) => ({
    type: 'CreateUnit',
    unitId: requiredString(p, 'unitId'),
    profile: profileOf(p),
    parentId: optionalString(p, 'parentId') ?? null,
    effectiveFrom: requiredString(p, 'effectiveFrom'),
  }),
  RenameUnit: (p) => {
    const nameEn = optionalString(p, 'nameEn');
    return {
      type: 'RenameUnit',
      unitId: requiredString(p, 'unitId'),
      nameVi: requiredString(p, 'nameVi'),
      ...(nameEn === undefined ? {} : { nameEn }),
      effectiveFrom: requiredString(p, 'effectiveFrom'),
    };
  },
  MoveUnit: (p) => ({
    type: 'MoveUnit',
    unitId: requiredString(p, 'unitId'),
    newParentId: requiredString(p, 'newParentId'),
    effectiveFrom: requiredString(p, 'effectiveFrom'),
  }),
  MergeUnits: (p) => {
    const successor = object(p, 'successor');
    const existingUnitId = optionalString(successor, 'existingUnitId', 'successor.');
    return {
      type: 'MergeUnits',
      sourceUnitIds: stringList(p, 'sourceUnitIds'),
      successor: existingUnitId
        ? { existingUnitId }
        : {
            newUnitId: requiredString(successor, 'newUnitId', 'successor.'),
            profile: profileOf(successor, 'successor.'),
            parentId: optionalString(successor, 'parentId', 'successor.') ?? null,
          },
      effectiveFrom: requiredString(p, 'effectiveFrom'),
    };
  },
  SplitUnit: (p) => ({
    type: 'SplitUnit',
    unitId: requiredString(p, 'unitId'),
    into: ((p['into'] as Payload[] | undefined) ?? []).map((part, index) => ({
      unitId: requiredString(part, 'unitId', `into.${index}.`),
      profile: profileOf(part, `into.${index}.`),
    })),
    childAssignments: childAssignmentsOf(p),
    effectiveFrom: requiredString(p, 'effectiveFrom'),
  }),
  DissolveUnit: (p) => ({ type: 'DissolveUnit', unitId: requiredString(p, 'unitId'), effectiveFrom: requiredString(p, 'effectiveFrom') }),
};

/** The whole hierarchy is one stream: its invariants (no cycles, nothing under a dissolved unit) hold as a whole. */
export const hierarchyRoutes: CommandRoute[] = Object.entries(toHierarchyCommand).map(([type, map]) =>
  commandRoute({
    type,
    streamType: 'hierarchy',
    decider: hierarchyDecider,
    streamIdOf: () => HIERARCHY_STREAM_ID,
    // The server's date of the command bounds its effective date (the decider keeps no clock).
    toCommand: (envelope: CommandEnvelope) => ({ ...map(envelope.payload), today: vietnamDateOf(envelope.issuedAt) }),
    snapshot: { every: 200, schema: 'hierarchy-v1' },
  }),
);
