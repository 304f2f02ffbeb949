import { commandType, eventType, IsIsoDate, IsNonEmptyText, Nested, NestedList } from '@tn/shared-event-contracts';
import { IsArray, IsBoolean, IsObject, IsOptional, IsString, ValidateIf } from 'class-validator';
import { type RegistryCommandScope, scopeOver, unitOrCountry } from '../common/command-rights';
import type { Organisation } from '../common/vocabulary';

/**
 * The organisation hierarchy: one stream, so its invariants (no cycles, nothing under a dissolved
 * unit) hold as a whole. Each message has one schema here; the decider's commands, the service's
 * routes and the event registry take their types from it. The services that keep a local copy of
 * the hierarchy read its events through libs/shared/unit-hierarchy (ADR 0008), whose types the
 * registry's domain checks against these. No personal data.
 */

export const HIERARCHY_STREAM_TYPE = 'hierarchy';
/** The whole hierarchy is one stream. */
export const HIERARCHY_STREAM_ID = 'hierarchy-national';

// ---- parts ---------------------------------------------------------------------------------

/** Areas needing special attention are flags on units, never attributes of people. */
export class AreaFlagsPart {
  @IsBoolean() ethnicMinority!: boolean;
  @IsBoolean() mountainous!: boolean;
  @IsBoolean() border!: boolean;
  @IsBoolean() island!: boolean;
}

/** A command's area flags: an absent flag is false. */
export class AreaFlagsGiven {
  @IsOptional() @IsBoolean() ethnicMinority?: boolean;
  @IsOptional() @IsBoolean() mountainous?: boolean;
  @IsOptional() @IsBoolean() border?: boolean;
  @IsOptional() @IsBoolean() island?: boolean;
}

/** A unit's profile as a command states it, beside the unit's other fields. */
export class UnitProfileGiven {
  @IsString() nameVi!: string;
  @IsOptional() @IsString() nameEn?: string;
  @IsString() organisation!: Organisation;
  /** Free label ("Tỉnh đoàn", "Đoàn xã", "Chi đoàn"): levels are not hard-coded. */
  @IsString() levelLabel!: string;
  /** Official administrative-area code where one exists. */
  @IsOptional() @IsString() areaCode?: string;
  @IsOptional() @Nested(() => AreaFlagsGiven) flags?: AreaFlagsGiven;
}

/** A new unit a split makes, with its profile. */
export class NewUnitPart extends UnitProfileGiven {
  @IsString() unitId!: string;
}

const isNewSuccessor = (successor: { existingUnitId?: string }) => !successor.existingUnitId;

/** An existing unit, or a new one (with its profile and parent), that carries merged units on. */
export class MergeSuccessorPart {
  @IsOptional() @IsString() existingUnitId?: string;
  @ValidateIf(isNewSuccessor) @IsString() newUnitId?: string;
  @ValidateIf(isNewSuccessor) @IsString() nameVi?: string;
  @IsOptional() @IsString() nameEn?: string;
  @ValidateIf(isNewSuccessor) @IsString() organisation?: Organisation;
  @ValidateIf(isNewSuccessor) @IsString() levelLabel?: string;
  @IsOptional() @IsString() areaCode?: string;
  @IsOptional() @Nested(() => AreaFlagsGiven) flags?: AreaFlagsGiven;
  @IsOptional() @IsString() parentId?: string | null;
}

/** What the checked successor is: an existing unit, or a new one with its profile. */
export type MergeSuccessor = { existingUnitId: string } | ({ existingUnitId?: undefined | ''; newUnitId: string; parentId?: string | null } & UnitProfileGiven);

/** Whether a merge's successor is an existing unit (an empty id names none). */
export const isExistingSuccessor = (successor: MergeSuccessor): successor is { existingUnitId: string } => !isNewSuccessor(successor);

// ---- commands ------------------------------------------------------------------------------

/** A new unit; no parent makes it a root unit (a province), which needs the permission country-wide. */
export class CreateUnit extends UnitProfileGiven {
  @IsString() unitId!: string;
  @IsOptional() @IsString() parentId?: string | null;
  @IsString() effectiveFrom!: string;
}
export class RenameUnit {
  @IsString() unitId!: string;
  @IsString() nameVi!: string;
  @IsOptional() @IsString() nameEn?: string;
  @IsString() effectiveFrom!: string;
}
export class MoveUnit {
  @IsString() unitId!: string;
  @IsString() newParentId!: string;
  @IsString() effectiveFrom!: string;
}
/** Two or more units into a new successor, or one or more into an existing unit. */
export class MergeUnits {
  @IsArray() @IsString({ each: true }) sourceUnitIds!: string[];
  @Nested(() => MergeSuccessorPart) successor!: MergeSuccessor;
  @IsString() effectiveFrom!: string;
}
/** One unit into several new ones (under the same parent); each active child is assigned to one (child id → part id). */
export class SplitUnit {
  @IsString() unitId!: string;
  @IsOptional() @NestedList(() => NewUnitPart) into?: NewUnitPart[];
  @IsOptional() @IsObject() childAssignments?: Record<string, string>;
  /** The part (one of `into`) that carries the unit's history in figures restated to a later structure; the first part when absent. */
  @IsOptional() @IsString() historyUnitId?: string;
  @IsString() effectiveFrom!: string;
}
export class DissolveUnit {
  @IsString() unitId!: string;
  @IsString() effectiveFrom!: string;
}

/** A unit of an imported subtree: under the import's parent, or under a unit listed before it. */
export class ImportedUnitPart extends UnitProfileGiven {
  @IsString() unitId!: string;
  @IsOptional() @IsString() parentId?: string;
}

/** The most units one import may create: the request stays under the gateway's body limit (100 KB) with names of usual length. */
export const IMPORT_UNITS_MAX = 500;

/**
 * A whole subtree at once (onboarding a province, a district's communes): every unit is created
 * on the same date, in one decision and one commit, instead of one command per unit through the
 * hierarchy's single stream. No parent makes the listed top units root units (country-wide permission).
 */
export class ImportUnits {
  @IsOptional() @IsString() parentId?: string | null;
  @NestedList(() => ImportedUnitPart) units!: ImportedUnitPart[];
  @IsString() effectiveFrom!: string;
}

const onTheHierarchy = { streamId: () => HIERARCHY_STREAM_ID };
const unitsWrite = (units: (string | null)[], effectiveFrom: string): RegistryCommandScope => scopeOver('units:write', units, effectiveFrom);

export const hierarchyCommandTypes = [
  commandType('CreateUnit', CreateUnit, { ...onTheHierarchy, rights: (p) => unitsWrite([unitOrCountry(p.parentId)], p.effectiveFrom) }),
  commandType('RenameUnit', RenameUnit, { ...onTheHierarchy, rights: (p) => unitsWrite([unitOrCountry(p.unitId)], p.effectiveFrom) }),
  commandType('MoveUnit', MoveUnit, { ...onTheHierarchy, rights: (p) => unitsWrite([unitOrCountry(p.unitId), unitOrCountry(p.newParentId)], p.effectiveFrom) }),
  commandType('MergeUnits', MergeUnits, {
    ...onTheHierarchy,
    rights: ({ sourceUnitIds, successor, effectiveFrom }) => {
      const { existingUnitId, parentId } = successor as MergeSuccessorPart;
      return unitsWrite([...sourceUnitIds, unitOrCountry(existingUnitId) ?? unitOrCountry(parentId)], effectiveFrom);
    },
  }),
  // The children a part takes over are named by the client: each must be the actor's too.
  commandType('SplitUnit', SplitUnit, {
    ...onTheHierarchy,
    rights: (p) => unitsWrite([unitOrCountry(p.unitId), ...Object.keys(p.childAssignments ?? {}).map(unitOrCountry)], p.effectiveFrom),
  }),
  commandType('DissolveUnit', DissolveUnit, { ...onTheHierarchy, rights: (p) => unitsWrite([unitOrCountry(p.unitId)], p.effectiveFrom) }),
  // Every other unit an import names is new, under the parent or under another new unit.
  commandType('ImportUnits', ImportUnits, { ...onTheHierarchy, rights: (p) => unitsWrite([unitOrCountry(p.parentId)], p.effectiveFrom) }),
] as const;

// ---- events --------------------------------------------------------------------------------

class UnitProfileData {
  @IsNonEmptyText() nameVi!: string;
  @IsOptional() @IsString() nameEn?: string;
  @IsNonEmptyText() organisation!: Organisation;
  @IsNonEmptyText() levelLabel!: string;
  @IsOptional() @IsString() areaCode?: string;
  @Nested(() => AreaFlagsPart) flags!: AreaFlagsPart;
}

/** A root unit has no parent (`null`). */
export class UnitCreated extends UnitProfileData {
  @IsNonEmptyText() unitId!: string;
  @IsOptional() @IsString() parentId!: string | null;
  @IsIsoDate() effectiveFrom!: string;
}
export class UnitRenamed {
  @IsNonEmptyText() unitId!: string;
  @IsNonEmptyText() nameVi!: string;
  @IsOptional() @IsString() nameEn?: string;
  @IsIsoDate() effectiveFrom!: string;
}
export class UnitMoved {
  @IsNonEmptyText() unitId!: string;
  @IsOptional() @IsString() fromParentId!: string | null;
  @IsNonEmptyText() toParentId!: string;
  @IsIsoDate() effectiveFrom!: string;
}
/** The sources stop; their cadres, volunteers and history pass to the successor. */
export class UnitsMerged {
  @IsArray() @IsString({ each: true }) sourceUnitIds!: string[];
  @IsNonEmptyText() successorUnitId!: string;
  @IsIsoDate() effectiveFrom!: string;
}
/** The unit ends; its children pass to the successors, its history to one of them. */
export class UnitSplit {
  @IsNonEmptyText() unitId!: string;
  @IsArray() @IsString({ each: true }) successorUnitIds!: string[];
  /**
   * The successor that carries the split unit's history (past activities, results, counts) in
   * figures restated to a later structure: the rule is recorded with the split, so reports need
   * no default. Always set since it was introduced; events before it mean the first successor.
   */
  @IsOptional() @IsNonEmptyText() historyUnitId?: string;
  @IsIsoDate() effectiveFrom!: string;
}
export class UnitDissolved {
  @IsNonEmptyText() unitId!: string;
  @IsIsoDate() effectiveFrom!: string;
}

export const hierarchyEventTypes = [
  eventType('UnitCreated', UnitCreated),
  eventType('UnitRenamed', UnitRenamed),
  eventType('UnitMoved', UnitMoved),
  eventType('UnitsMerged', UnitsMerged),
  eventType('UnitSplit', UnitSplit),
  eventType('UnitDissolved', UnitDissolved),
] as const;
