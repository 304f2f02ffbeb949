import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import type { EnvelopeOf, EventsOf } from '@tn/shared-event-contracts';
import {
  type NeedKind,
  type NeedMatchStatus,
  type NeedOffererKind,
  type NeedPriority,
  type NeedQuantities,
  needQuantities,
  type NeedSource,
  type NeedStatus,
  needEventTypes,
  type NetworkField,
} from '@tn/network-contracts';

export const NEEDS_COLLECTION = 'gw_network_needs';

/** One offer on the need, with each decision as it came. */
export interface NeedMatchDoc {
  matchId: string;
  offererKind: NeedOffererKind;
  offererId: string;
  agreementId?: string;
  quantity: number;
  note?: string;
  status: NeedMatchStatus;
  proposedBy: string;
  proposedOn: string;
  acceptedBy?: string;
  acceptedOn?: string;
  declinedBy?: string;
  declinedOn?: string;
  declineReason?: string;
  releasedOn?: string;
  releaseReason?: string;
  deliveredQuantity?: number;
  fulfilledBy?: string;
  fulfilledOn?: string;
}

/** One need with its matches and its quantities (the gateway's need read model). */
export interface NeedDoc {
  needId: string;
  /** The unit that raised it, whose managers decide its matches (indexed). */
  unitId: string;
  source: NeedSource;
  activityId?: string;
  kind: NeedKind;
  description: string;
  skills: string[];
  fields: NetworkField[];
  quantity: number;
  measure: string;
  placeUnitId: string;
  from: string;
  to: string;
  priority: NeedPriority;
  /** Indexed with the unit: a unit's open needs. */
  status: NeedStatus;
  /** In the order proposed. */
  matches: NeedMatchDoc[];
  /** `needQuantities` of the matches, kept with the document so a list shows what is lacking. */
  quantities: NeedQuantities;
  raisedBy: string;
  raisedOn: string;
  fulfilledOn?: string;
  cancelledBy?: string;
  cancelledOn?: string;
  cancelReason?: string;
}

type NeedEnvelope = EnvelopeOf<EventsOf<typeof needEventTypes>>;

const withMatches = (doc: NeedDoc, matches: NeedMatchDoc[]): NeedDoc => ({ ...doc, matches, quantities: needQuantities(matches, doc.quantity) });

const changeMatch = (doc: NeedDoc, matchId: string, change: (match: NeedMatchDoc) => NeedMatchDoc): NeedDoc =>
  withMatches(
    doc,
    doc.matches.map((match) => (match.matchId === matchId ? change(match) : match)),
  );

/** Pure: the need's document after one of its stream's events. */
export function evolveNeedDoc(doc: NeedDoc | null, event: NeedEnvelope): NeedDoc {
  if (event.type === 'NeedRaised') {
    const { skills, fields, ...raised } = event.data;
    return { ...raised, skills: [...skills], fields: [...fields], status: 'open', matches: [], quantities: needQuantities([], raised.quantity) };
  }
  if (!doc) throw new Error(`${event.type} for a need the read model does not know`);
  switch (event.type) {
    case 'NeedMatchProposed': {
      const { matchId, offerer, agreementId, quantity, note, proposedBy, proposedOn } = event.data;
      if (doc.matches.some((match) => match.matchId === matchId)) return doc;
      const match: NeedMatchDoc = {
        matchId,
        offererKind: offerer.kind,
        offererId: offerer.id,
        ...(agreementId ? { agreementId } : {}),
        quantity,
        ...(note ? { note } : {}),
        status: 'proposed',
        proposedBy,
        proposedOn,
      };
      return withMatches(doc, [...doc.matches, match]);
    }
    case 'NeedMatchAccepted': {
      const { acceptedBy, acceptedOn } = event.data;
      return changeMatch(doc, event.data.matchId, (match) => ({ ...match, status: 'accepted', acceptedBy, acceptedOn }));
    }
    case 'NeedMatchDeclined': {
      const { reason, declinedBy, declinedOn } = event.data;
      return changeMatch(doc, event.data.matchId, (match) => ({ ...match, status: 'declined', declinedBy, declinedOn, declineReason: reason }));
    }
    case 'NeedMatchReleased': {
      const { reason, releasedOn } = event.data;
      return changeMatch(doc, event.data.matchId, (match) => ({ ...match, status: 'released', releasedOn, releaseReason: reason }));
    }
    case 'NeedMatchFulfilled': {
      const { deliveredQuantity, fulfilledBy, fulfilledOn } = event.data;
      return changeMatch(doc, event.data.matchId, (match) => ({ ...match, status: 'fulfilled', deliveredQuantity, fulfilledBy, fulfilledOn }));
    }
    case 'NeedFulfilled':
      return { ...doc, status: 'fulfilled', fulfilledOn: event.data.fulfilledOn };
    case 'NeedCancelled': {
      const { reason, cancelledBy, cancelledOn } = event.data;
      return { ...doc, status: 'cancelled', cancelledBy, cancelledOn, cancelReason: reason };
    }
    default:
      return assertNever(event);
  }
}

/** One document per need stream, its matches inside (a need has a handful). */
export const needProjection = projectionOver(needEventTypes, {
  name: 'gateway-network-needs',
  collection: NEEDS_COLLECTION,
  documentId: (event) => event.data.needId,
  evolve: evolveNeedDoc,
  // NeedReads.unitNeeds: a unit's ({ unitId }) or a unit's of a status ({ unitId, status }).
  indexes: [{ unitId: 1, status: 1 }],
});
