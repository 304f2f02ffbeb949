import { networkMembershipEventTypes, type NetworkField, type NetworkKind, type NetworkReach, type NetworkStatus } from '@tn/network-contracts';
import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import type { EnvelopeOf, EventsOf } from '@tn/shared-event-contracts';

export const NETWORKS_COLLECTION = 'gw_network_networks';

/** One network or coalition (the gateway's network read model); its memberships are documents of their own. */
export interface NetworkDoc {
  networkId: string;
  name: string;
  kind: NetworkKind;
  reach: NetworkReach;
  ownerUnitId: string;
  fields: NetworkField[];
  purpose: string;
  status: NetworkStatus;
  /** Memberships open now: kept with the document so a list shows it without reading them. */
  currentMemberCount: number;
  formedBy: string;
  formedOn: string;
  dissolvedOn?: string;
  dissolvedBy?: string;
  dissolveReason?: string;
}

type NetworkEnvelope = EnvelopeOf<EventsOf<typeof networkMembershipEventTypes>>;

/** Pure: the network document after one of its stream's events. */
export function evolveNetworkDoc(doc: NetworkDoc | null, event: NetworkEnvelope): NetworkDoc {
  if (event.type === 'NetworkFormed') {
    const { networkId, name, kind, reach, ownerUnitId, fields, purpose, formedBy, formedOn } = event.data;
    return { networkId, name, kind, reach, ownerUnitId, fields: [...fields], purpose, status: 'active', currentMemberCount: 0, formedBy, formedOn };
  }
  if (!doc) throw new Error(`${event.type} for a network the read model does not know`);
  switch (event.type) {
    case 'NetworkMemberAdmitted':
      return { ...doc, currentMemberCount: doc.currentMemberCount + 1 };
    case 'NetworkMembershipEnded':
      return { ...doc, currentMemberCount: Math.max(0, doc.currentMemberCount - 1) };
    case 'NetworkDissolved': {
      const { on, dissolvedBy, reason } = event.data;
      return { ...doc, status: 'dissolved', dissolvedOn: on, dissolvedBy, dissolveReason: reason };
    }
    default:
      return assertNever(event);
  }
}

/** One document per network stream (`_id` the network id). */
export const networkProjection = projectionOver(networkMembershipEventTypes, {
  name: 'gateway-network-networks',
  collection: NETWORKS_COLLECTION,
  documentId: (event) => event.data.networkId,
  evolve: evolveNetworkDoc,
  // NetworkReads.ownedBy: a unit's networks ({ ownerUnitId }).
  indexes: [{ ownerUnitId: 1 }],
});
