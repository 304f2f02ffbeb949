import { hierarchyCommandTypes } from '@tn/registry-contracts';
import { HIERARCHY_STREAM_TYPE, hierarchyDecider, validationError } from '@tn/registry-domain';
import { isEntityId } from '@tn/shared-event-contracts';
import { type CommandRoute, routesOf } from '@tn/shared-event-sourcing-nest';
import { onServerDate } from './server-date';

/** Child unit id → id of the part that takes it: both sides are ids, so both follow the id grammar. */
function childAssignmentsOf(assignments: Record<string, unknown> = {}): Record<string, string> {
  for (const [child, part] of Object.entries(assignments)) {
    if (!isEntityId(child) || !isEntityId(part)) throw validationError('INPUT.ID_INVALID', 'childAssignments', 'childAssignments names units by id');
  }
  return assignments as Record<string, string>;
}

/**
 * The hierarchy's commands (payload, stream and rights are declared in the contracts). The whole
 * hierarchy is one stream: its invariants (no cycles, nothing under a dissolved unit) hold as a whole.
 */
export const hierarchyRoutes: CommandRoute[] = routesOf(
  hierarchyCommandTypes,
  // One long stream without personal data: its state stays in memory between commands, and a
  // snapshot (the whole country's units in one document) is saved rarely, for a cold start.
  { streamType: HIERARCHY_STREAM_TYPE, decider: hierarchyDecider, snapshot: { every: 2000, schema: 'hierarchy-v1' }, keepWarm: true },
  { SplitUnit: ({ childAssignments }) => ({ childAssignments: childAssignmentsOf(childAssignments) }) },
).map(onServerDate);
