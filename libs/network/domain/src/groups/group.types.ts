import type {
  GroupAffiliationPeriod,
  GroupAffiliationReason,
  GroupDeclaredStatus,
  GroupKind,
  GroupLifecycleStatus,
  GroupOrigin,
  GroupRegistrationChannel,
  GroupStatusInputs,
  NetworkField,
} from '@tn/network-contracts';

/** What a group is (kind and origin as registered; the rest as last revised). */
export interface GroupProfile {
  name: string;
  kind: GroupKind;
  origin: GroupOrigin;
  fields: readonly NetworkField[];
  areaUnitIds: readonly string[];
  size: number;
  foundedOn?: string;
}

export type GroupAffiliation = GroupAffiliationPeriod & { reason: GroupAffiliationReason };

/** Dates booked for an accepted need match; `released` once freed. */
export interface GroupBooking {
  matchId: string;
  needId: string;
  from: string;
  to: string;
  released: boolean;
}

export interface GroupDeclaration {
  status: GroupDeclaredStatus;
  on: string;
  reason: string;
}

/**
 * A group's stream folded. `status` is its lifecycle (`none` before its first event; activity and
 * dormancy are read with `groupStatusOn`); `ownerUnitId` is the unit whose managers act on it: its
 * current host once verified, its proposed host until then ('' before its first event).
 */
export interface GroupState {
  status: 'none' | GroupLifecycleStatus;
  groupId: string;
  ownerUnitId: string;
  channel?: GroupRegistrationChannel;
  profile?: GroupProfile;
  leaderPersonIds: readonly string[];
  registeredBy?: string;
  registeredOn?: string;
  verifiedOn?: string;
  declinedOn?: string;
  /** In the order they began; at most one open (no `to`) once verified. */
  affiliations: readonly GroupAffiliation[];
  bookings: readonly GroupBooking[];
  /** The campaigns activities recorded, each once. */
  activityIds: readonly string[];
  lastActivityOn?: string;
  declarations: readonly GroupDeclaration[];
}

/** The affiliation without an end: the group's current host (undefined before verification). */
export const currentAffiliation = (state: GroupState): GroupAffiliation | undefined => state.affiliations.find((affiliation) => affiliation.to === undefined);

/** The bookings not released: the dates the group is promised on. */
export const heldBookings = (state: GroupState): GroupBooking[] => state.bookings.filter((booking) => !booking.released);

/**
 * The state's inputs to `groupStatusOn`. It keeps the last activity only, so the answer is exact
 * for dates from that activity on (today, for a command); the gateway keeps every activity's date.
 */
export const statusInputsOf = (state: GroupState): GroupStatusInputs => ({
  registeredOn: state.registeredOn ?? '',
  ...(state.verifiedOn ? { verifiedOn: state.verifiedOn } : {}),
  ...(state.declinedOn ? { declinedOn: state.declinedOn } : {}),
  activityDates: state.lastActivityOn ? [state.lastActivityOn] : [],
  declarations: state.declarations.map(({ status, on }) => ({ status, on })),
});
