import type { needCommandTypes } from '@tn/network-contracts';
import type { CommandNamed, CommandsOf } from '@tn/shared-event-contracts';
import type { ActFacts } from './need.rules';
import type { LookedUpSurveyActivity, LookedUpOfferAgreement, LookedUpGroupBooking, LookedUpOfferer, LookedUpNeedPlace } from './need.types';

/**
 * The need's commands: each payload (its one schema is in the contracts) with the act's date and
 * actor, plus what the route looked up: the place (and the survey's activity) of a new need; the
 * offerer's status and the named agreement of an offer; the offered group's status and bookings
 * when a group's offer is accepted.
 */
export type NeedCommand = CommandsOf<
  typeof needCommandTypes,
  {
    RaiseNeed: ActFacts & { place: LookedUpNeedPlace; activity?: LookedUpSurveyActivity };
    ProposeNeedMatch: ActFacts & { offererRecord: LookedUpOfferer; agreement?: LookedUpOfferAgreement };
    AcceptNeedMatch: ActFacts & { groupBookings?: readonly LookedUpGroupBooking[]; groupRecord?: LookedUpOfferer };
    DeclineNeedMatch: ActFacts;
    RecordNeedMatchFulfilled: ActFacts;
    CancelNeed: ActFacts;
    ReleaseNeedMatch: ActFacts;
  }
>;

export type RaiseNeedCommand = CommandNamed<NeedCommand, 'RaiseNeed'>;
export type ProposeNeedMatchCommand = CommandNamed<NeedCommand, 'ProposeNeedMatch'>;
export type AcceptNeedMatchCommand = CommandNamed<NeedCommand, 'AcceptNeedMatch'>;
export type DeclineNeedMatchCommand = CommandNamed<NeedCommand, 'DeclineNeedMatch'>;
export type RecordNeedMatchFulfilledCommand = CommandNamed<NeedCommand, 'RecordNeedMatchFulfilled'>;
export type CancelNeedCommand = CommandNamed<NeedCommand, 'CancelNeed'>;
export type ReleaseNeedMatchCommand = CommandNamed<NeedCommand, 'ReleaseNeedMatch'>;
