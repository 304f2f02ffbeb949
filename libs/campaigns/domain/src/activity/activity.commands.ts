import type { activityCommandTypes } from '@tn/campaigns-contracts';
import type { CommandNamed, CommandsOf } from '@tn/shared-event-contracts';
import type { ParticipantDirectory } from './activity-participants';

/**
 * The activity's commands: each payload (its one schema is in the contracts) with its type, plus
 * what the service looks up or knows before deciding:
 * - `campaignOpen`: whether the campaign an activity joins is open (absent for a standalone one);
 * - `sentAt`: when the command was sent (the envelope's time): an activity does not start, or
 *   end, later than that;
 * - for participants: who records them and the day (the envelope's), and what the service's copy
 *   of the network's directory says of each id named (`directory`).
 */
export type ActivityCommand = CommandsOf<
  typeof activityCommandTypes,
  {
    ProposeActivity: { campaignOpen?: boolean };
    StartActivity: { sentAt: string };
    CompleteActivity: { sentAt: string };
    RecordActivityParticipants: { recordedBy: string; recordedOn: string; directory: ParticipantDirectory };
  }
>;

export type ProposeActivity = CommandNamed<ActivityCommand, 'ProposeActivity'>;
export type EvaluateActivity = CommandNamed<ActivityCommand, 'EvaluateActivity'>;
export type RecordActivityFollowUp = CommandNamed<ActivityCommand, 'RecordActivityFollowUp'>;
export type AddActivityFormation = CommandNamed<ActivityCommand, 'AddActivityFormation'>;
export type RecordActivityParticipants = CommandNamed<ActivityCommand, 'RecordActivityParticipants'>;

/** Commands that move the activity along its lifecycle. */
export type TransitionCommand = CommandNamed<
  ActivityCommand,
  'PlanActivity' | 'PrepareActivity' | 'StartActivity' | 'CompleteActivity' | 'EvaluateActivity' | 'CancelActivity'
>;
