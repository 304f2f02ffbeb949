import type { activityCommandTypes } from '@tn/campaigns-contracts';
import type { CommandNamed, CommandsOf } from '@tn/shared-event-contracts';

/**
 * The activity's commands: each payload (its one schema is in the contracts) with its type, plus
 * what the service looks up or knows before deciding:
 * - `campaignOpen`: whether the campaign an activity joins is open (absent for a standalone one);
 * - `sentAt`: when the command was sent (the envelope's time): an activity does not start, or
 *   end, later than that.
 */
export type ActivityCommand = CommandsOf<
  typeof activityCommandTypes,
  { ProposeActivity: { campaignOpen?: boolean }; StartActivity: { sentAt: string }; CompleteActivity: { sentAt: string } }
>;

export type ProposeActivity = CommandNamed<ActivityCommand, 'ProposeActivity'>;
export type EvaluateActivity = CommandNamed<ActivityCommand, 'EvaluateActivity'>;
export type RecordActivityFollowUp = CommandNamed<ActivityCommand, 'RecordActivityFollowUp'>;
export type AddActivityFormation = CommandNamed<ActivityCommand, 'AddActivityFormation'>;

/** Commands that move the activity along its lifecycle. */
export type TransitionCommand = CommandNamed<
  ActivityCommand,
  'PlanActivity' | 'PrepareActivity' | 'StartActivity' | 'CompleteActivity' | 'EvaluateActivity' | 'CancelActivity'
>;
