import type { AgreementValidity, NeedKind, NeedMatchStatus, NeedOffererKind, NeedPriority, NeedSource, NeedStatus, NetworkField } from '@tn/network-contracts';

/** An offer on the need, as its events left it. */
export interface NeedMatch {
  matchId: string;
  offerer: { kind: NeedOffererKind; id: string };
  agreementId?: string;
  quantity: number;
  status: NeedMatchStatus;
  /** Once fulfilled. */
  deliveredQuantity?: number;
}

/**
 * A raised need. `ownerUnitId` is the unit that raised it (whose managers decide its matches;
 * the authoriser reads it). Its dates never change, so a group booked for it stays booked for them.
 */
export interface RaisedNeed {
  status: NeedStatus;
  needId: string;
  ownerUnitId: string;
  unitId: string;
  source: NeedSource;
  activityId?: string;
  kind: NeedKind;
  description: string;
  skills: readonly string[];
  fields: readonly NetworkField[];
  quantity: number;
  measure: string;
  placeUnitId: string;
  from: string;
  to: string;
  priority: NeedPriority;
  /** In the order proposed. */
  matches: readonly NeedMatch[];
}

export type NeedState = { status: 'none' } | RaisedNeed;

// ---- what the routes look up ----------------------------------------------------------------

/** The need's place in the service's copy of the hierarchy, on the server's today. */
export interface LookedUpNeedPlace {
  known: boolean;
  /** The raising unit is the place or one of its ancestors. */
  withinUnit: boolean;
}

/** The campaigns activity a survey need names, in the service's copy of the campaigns' activities. */
export interface LookedUpSurveyActivity {
  found: boolean;
  /** Its unit is the raising unit or lies under it. */
  withinUnit: boolean;
}

/**
 * The offerer on its own stream: a group's lifecycle status (`none`, `pending-verification`,
 * `declined`, `verified`, `dissolved`), or a partner's (`none`, `registered`).
 */
export interface LookedUpOfferer {
  status: string;
}

/**
 * The agreement an offer names, with its validity (checked against the need's dates by the
 * decider), and whether it binds the need's unit: its lead or a party unit is that unit or one
 * above it today. One that does not is another unit's, and answers as an unknown one.
 */
export type LookedUpOfferAgreement = { status: 'none' } | ({ status: 'found'; partnerId: string; bindsUnit: boolean } & AgreementValidity);

/** A booking of the offered group, from the group's stream. */
export interface LookedUpGroupBooking {
  matchId: string;
  needId: string;
  from: string;
  to: string;
  released: boolean;
}
