import type { ServerToday } from '../calendar/date-window.rules';
import type { UnitProfile } from './hierarchy.types';

export type CreateUnit = {
  type: 'CreateUnit';
  unitId: string;
  profile: UnitProfile;
  parentId: string | null;
  effectiveFrom: string;
};
export type RenameUnit = { type: 'RenameUnit'; unitId: string; nameVi: string; nameEn?: string; effectiveFrom: string };
export type MoveUnit = { type: 'MoveUnit'; unitId: string; newParentId: string; effectiveFrom: string };
/** Two or more units into a new successor, or one or more into an existing unit. */
export type MergeUnits = {
  type: 'MergeUnits';
  sourceUnitIds: string[];
  successor: { existingUnitId: string } | { newUnitId: string; profile: UnitProfile; parentId: string | null };
  effectiveFrom: string;
};
/** One unit into several new ones (under the same parent); each active child is assigned to one. */
export type SplitUnit = {
  type: 'SplitUnit';
  unitId: string;
  into: { unitId: string; profile: UnitProfile }[];
  childAssignments: Record<string, string>;
  effectiveFrom: string;
};
export type DissolveUnit = { type: 'DissolveUnit'; unitId: string; effectiveFrom: string };

export type HierarchyCommand = (CreateUnit | RenameUnit | MoveUnit | MergeUnits | SplitUnit | DissolveUnit) & ServerToday;
