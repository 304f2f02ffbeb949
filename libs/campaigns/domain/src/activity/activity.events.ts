import { streamIdOf } from '@tn/shared-event-contracts';
import type { ActivityProfile, Formation } from './activity.types';

export type ActivityProposed = { type: 'ActivityProposed'; data: ActivityProfile & { activityId: string; proposedOn: string } };
export type ActivityPlanned = { type: 'ActivityPlanned'; data: { activityId: string; startsOn: string; endsOn: string; plannedOn: string } };
export type ActivityPrepared = { type: 'ActivityPrepared'; data: { activityId: string; preparedOn: string } };
export type ActivityStarted = { type: 'ActivityStarted'; data: { activityId: string; startedAt: string } };
export type ActivityCompleted = { type: 'ActivityCompleted'; data: { activityId: string; completedAt: string } };
export type ActivityEvaluated = {
  type: 'ActivityEvaluated';
  data: { activityId: string; evaluatedOn: string; summary: string; rating?: number };
};
export type ActivityFollowUpRecorded = {
  type: 'ActivityFollowUpRecorded';
  data: { activityId: string; followUpId: string; recordedOn: string; note: string };
};
/** `fromStatus` says how far the activity got. */
export type ActivityCancelled = {
  type: 'ActivityCancelled';
  data: { activityId: string; fromStatus: string; reason: string; cancelledOn: string };
};
export type ActivityFormationAdded = { type: 'ActivityFormationAdded'; data: Formation & { activityId: string; addedOn: string } };

export type ActivityEvent =
  | ActivityProposed
  | ActivityPlanned
  | ActivityPrepared
  | ActivityStarted
  | ActivityCompleted
  | ActivityEvaluated
  | ActivityFollowUpRecorded
  | ActivityCancelled
  | ActivityFormationAdded;

/** One stream per activity (in a campaign or standalone). */
export const ACTIVITY_STREAM_TYPE = 'activity';
export const activityStreamId = (activityId: string) => streamIdOf(ACTIVITY_STREAM_TYPE, activityId);
