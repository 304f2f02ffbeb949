import type { ActivityProfile, Formation } from './activity.types';

/**
 * Opens an activity at its needs survey. `campaignOpen` is looked up by the adapter when the
 * activity belongs to a campaign (and ignored for a standalone one).
 */
export type ProposeActivity = {
  type: 'ProposeActivity';
  activityId: string;
  profile: ActivityProfile;
  campaignOpen?: boolean;
  proposedOn: string;
};
export type PlanActivity = { type: 'PlanActivity'; activityId: string; startsOn: string; endsOn: string; plannedOn: string };
export type PrepareActivity = { type: 'PrepareActivity'; activityId: string; preparedOn: string };
/** `sentAt` is when the command was sent (the envelope's time): an activity does not start, or end, later than that. */
export type StartActivity = { type: 'StartActivity'; activityId: string; startedAt: string; sentAt: string };
export type CompleteActivity = { type: 'CompleteActivity'; activityId: string; completedAt: string; sentAt: string };
/** Inspection and evaluation; `rating` from 1 to 5 when given. */
export type EvaluateActivity = { type: 'EvaluateActivity'; activityId: string; evaluatedOn: string; summary: string; rating?: number };
/** Maintaining the results (duy trì kết quả) after completion; idempotent by `followUpId`. */
export type RecordActivityFollowUp = { type: 'RecordActivityFollowUp'; activityId: string; followUpId: string; recordedOn: string; note: string };
export type CancelActivity = { type: 'CancelActivity'; activityId: string; reason: string; cancelledOn: string };
export type AddActivityFormation = { type: 'AddActivityFormation'; activityId: string; formation: Formation; addedOn: string };

export type ActivityCommand =
  | ProposeActivity
  | PlanActivity
  | PrepareActivity
  | StartActivity
  | CompleteActivity
  | EvaluateActivity
  | RecordActivityFollowUp
  | CancelActivity
  | AddActivityFormation;

/** Commands that move the activity along its lifecycle. */
export type TransitionCommand = PlanActivity | PrepareActivity | StartActivity | CompleteActivity | EvaluateActivity | CancelActivity;
