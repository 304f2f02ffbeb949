import type { hierarchyCommandTypes } from '@tn/registry-contracts';
import type { CommandNamed, CommandsOf } from '@tn/shared-event-contracts';
import type { ServerToday } from '../calendar/date-window.rules';

/**
 * The hierarchy's commands: each payload (its one schema is in the contracts) with its type, plus
 * what the service adds: `childAssignments` of a split checked as ids (none when absent), and the
 * server's date of every command (`today`).
 */
export type HierarchyCommand = CommandsOf<typeof hierarchyCommandTypes, { SplitUnit: { childAssignments: Record<string, string> } }> & ServerToday;

/** Two or more units into a new successor, or one or more into an existing unit. */
export type MergeUnits = CommandNamed<HierarchyCommand, 'MergeUnits'>;
/** One unit into several new ones (under the same parent); each active child is assigned to one. */
export type SplitUnit = CommandNamed<HierarchyCommand, 'SplitUnit'>;
/** A subtree created at once. */
export type ImportUnits = CommandNamed<HierarchyCommand, 'ImportUnits'>;
