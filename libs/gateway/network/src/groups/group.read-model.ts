import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import type { EnvelopeOf, EventsOf } from '@tn/shared-event-contracts';
import {
  groupEventTypes,
  type GroupAffiliationReason,
  type GroupDeclaredStatus,
  type GroupKind,
  type GroupLifecycleStatus,
  type GroupOrigin,
  type GroupRegistrationChannel,
  type NetworkField,
} from '@tn/network-contracts';

export const GROUPS_COLLECTION = 'gw_network_groups';

export interface GroupAffiliationDoc {
  unitId: string;
  from: string;
  to?: string;
  reason: GroupAffiliationReason;
}

export interface GroupDeclarationDoc {
  status: GroupDeclaredStatus;
  reason: string;
  declaredBy: string;
  declaredOn: string;
}

export interface GroupBookingDoc {
  matchId: string;
  needId: string;
  from: string;
  to: string;
  released: boolean;
}

/**
 * One volunteer group (the gateway's group read model): its profile, host over time,
 * verification, what its status is read from (`groupStatusOn`), and its bookings.
 */
export interface GroupDoc {
  groupId: string;
  name: string;
  kind: GroupKind;
  origin: GroupOrigin;
  fields: NetworkField[];
  areaUnitIds: string[];
  size: number;
  foundedOn?: string;
  leaderPersonIds: string[];
  channel: GroupRegistrationChannel;
  registeredBy: string;
  registeredOn: string;
  /** The host proposed at registration (the registering unit, for a unit's registration). */
  proposedHostUnitId: string;
  /** Its host now, or its proposed host until verified: who acts on it (indexed). */
  hostUnitId: string;
  /** Every unit that hosted it or was proposed to (indexed: a unit's groups as of a past date). */
  hostUnitIds: string[];
  lifecycle: GroupLifecycleStatus;
  verifiedBy?: string;
  verifiedOn?: string;
  declinedBy?: string;
  declinedOn?: string;
  declineReason?: string;
  affiliations: GroupAffiliationDoc[];
  /** The days of its activities, in order, once per activity. */
  activityDates: string[];
  activityCount: number;
  lastActivityOn?: string;
  declarations: GroupDeclarationDoc[];
  bookings: GroupBookingDoc[];
  /** Bookings not released. */
  heldBookingCount: number;
  revisedBy?: string;
  revisedOn?: string;
}

type GroupEvent = EnvelopeOf<EventsOf<typeof groupEventTypes>>;

const withHost = (doc: GroupDoc, unitId: string): GroupDoc => ({
  ...doc,
  hostUnitId: unitId,
  hostUnitIds: doc.hostUnitIds.includes(unitId) ? doc.hostUnitIds : [...doc.hostUnitIds, unitId],
});

const withBookings = (doc: GroupDoc, bookings: GroupBookingDoc[]): GroupDoc => ({
  ...doc,
  bookings,
  heldBookingCount: bookings.filter((booking) => !booking.released).length,
});

/** Pure: the group document after one of its stream's events. */
export function evolveGroupDoc(doc: GroupDoc | null, event: GroupEvent): GroupDoc {
  if (event.type === 'GroupRegistered') {
    const { groupId, name, kind, origin, fields, areaUnitIds, size, foundedOn, leaderPersonIds, hostUnitId, channel, registeredBy, registeredOn } = event.data;
    return {
      groupId,
      name,
      kind,
      origin,
      fields: [...fields],
      areaUnitIds: [...areaUnitIds],
      size,
      ...(foundedOn ? { foundedOn } : {}),
      leaderPersonIds: [...leaderPersonIds],
      channel,
      registeredBy,
      registeredOn,
      proposedHostUnitId: hostUnitId,
      hostUnitId,
      hostUnitIds: [hostUnitId],
      lifecycle: 'pending-verification',
      affiliations: [],
      activityDates: [],
      activityCount: 0,
      declarations: [],
      bookings: [],
      heldBookingCount: 0,
    };
  }
  if (!doc) throw new Error(`${event.type} for a group the read model does not know`);
  switch (event.type) {
    case 'GroupVerified':
      return { ...withHost(doc, event.data.hostUnitId), lifecycle: 'verified', verifiedBy: event.data.verifiedBy, verifiedOn: event.data.verifiedOn };
    case 'GroupVerificationDeclined': {
      const { reason, declinedBy, declinedOn } = event.data;
      return { ...doc, lifecycle: 'declined', declinedBy, declinedOn, declineReason: reason };
    }
    case 'GroupProfileRevised': {
      const { name, fields, areaUnitIds, size, leaderPersonIds, revisedBy, revisedOn } = event.data;
      return { ...doc, name, fields: [...fields], areaUnitIds: [...areaUnitIds], size, leaderPersonIds: [...leaderPersonIds], revisedBy, revisedOn };
    }
    case 'GroupAffiliated': {
      const { unitId, from, reason } = event.data;
      return { ...withHost(doc, unitId), affiliations: [...doc.affiliations, { unitId, from, reason }] };
    }
    case 'GroupAffiliationEnded': {
      const { unitId, to } = event.data;
      const affiliations = doc.affiliations.map((affiliation) =>
        affiliation.unitId === unitId && affiliation.to === undefined ? { ...affiliation, to } : affiliation,
      );
      return { ...doc, affiliations };
    }
    case 'GroupStatusDeclared': {
      const { status, reason, declaredBy, declaredOn } = event.data;
      const declarations = [...doc.declarations, { status, reason, declaredBy, declaredOn }];
      return { ...doc, declarations, ...(status === 'dissolved' ? { lifecycle: 'dissolved' as const } : {}) };
    }
    case 'GroupActivityRecorded': {
      const activityDates = [...doc.activityDates, event.data.on].sort();
      return { ...doc, activityDates, activityCount: activityDates.length, lastActivityOn: activityDates.at(-1) };
    }
    // A booking is a need's match: match ids are unique only within their need.
    case 'GroupDatesBooked': {
      const { matchId, needId, from, to } = event.data;
      if (doc.bookings.some((booking) => booking.needId === needId && booking.matchId === matchId)) return doc;
      return withBookings(doc, [...doc.bookings, { matchId, needId, from, to, released: false }]);
    }
    case 'GroupDatesReleased': {
      const { needId, matchId } = event.data;
      return withBookings(
        doc,
        doc.bookings.map((booking) => (booking.needId === needId && booking.matchId === matchId ? { ...booking, released: true } : booking)),
      );
    }
    default:
      return assertNever(event);
  }
}

/** One document per group stream. */
export const groupProjection = projectionOver(groupEventTypes, {
  name: 'gateway-network-groups',
  collection: GROUPS_COLLECTION,
  documentId: (event) => event.data.groupId,
  evolve: evolveGroupDoc,
  // GroupReads: a unit's groups now ({ hostUnitId }) and as of a date ({ hostUnitIds }).
  indexes: [{ hostUnitId: 1 }, { hostUnitIds: 1 }],
});
