import type { shiftCommandTypes } from '@tn/campaigns-contracts';
import type { CommandNamed, CommandsOf } from '@tn/shared-event-contracts';
import type { LookedUpActivityStatus } from '../outputs/results.types';
import type { ShiftRole, VolunteerFacts } from './shift.types';

/**
 * The shift's commands: each payload (its one schema is in the contracts) with its type, plus
 * what the service looks up or knows before deciding:
 * - `activityStatus`: the status of the shift's activity, from the activity's stream;
 * - `role` and `volunteer` as stated, with no skills and no approval when the command names none;
 * - the envelope's time and actor: when a volunteer signed up or cancelled, when the capacity
 *   changed, who approved or rejected a sign-up and when (never times or names the client states).
 */
export type ShiftCommand = CommandsOf<
  typeof shiftCommandTypes,
  {
    ScheduleShift: { activityStatus: LookedUpActivityStatus; role: ShiftRole };
    SignUpForShift: { volunteer: VolunteerFacts; activityStatus: LookedUpActivityStatus; signedUpAt: string };
    CancelSignUp: { cancelledAt: string };
    ApproveSignUp: { approvedBy: string; approvedAt: string };
    RejectSignUp: { rejectedBy: string; rejectedAt: string };
    ChangeShiftCapacity: { changedAt: string };
  }
>;

export type ScheduleShift = CommandNamed<ShiftCommand, 'ScheduleShift'>;
export type SignUpForShift = CommandNamed<ShiftCommand, 'SignUpForShift'>;
export type CancelSignUp = CommandNamed<ShiftCommand, 'CancelSignUp'>;
export type ChangeShiftCapacity = CommandNamed<ShiftCommand, 'ChangeShiftCapacity'>;
