import { projectionOver } from '@tn/shared-event-bus';
import { type EnvelopeOf, type EventsOf, eventTypesNamed } from '@tn/shared-event-contracts';
import { needEventTypes } from '@tn/network-contracts';

export const NEED_PARTNERS_COLLECTION = 'gw_network_need_partners';

/** A partner holds (or held) a match on a need: `_id` is `${needId}:${partnerId}`. */
export interface NeedPartnerDoc {
  needId: string;
  /** Indexed: a partner account lists its needs by one equality. */
  partnerId: string;
  firstProposedOn: string;
}

export const needPartnerIdOf = (needId: string, partnerId: string) => `${needId}:${partnerId}`;

const proposedEventTypes = eventTypesNamed(needEventTypes, 'NeedMatchProposed');
type ProposedEnvelope = EnvelopeOf<EventsOf<typeof proposedEventTypes>>;

/** Pure: the first offer of the partner on the need makes the document; later ones keep it. */
export function evolveNeedPartnerDoc(doc: NeedPartnerDoc | null, event: ProposedEnvelope): NeedPartnerDoc {
  return doc ?? { needId: event.data.needId, partnerId: event.data.offerer.id, firstProposedOn: event.data.proposedOn };
}

/**
 * Which needs each partner offered on, so a partner's account reads them (and sees the decision
 * on its offer, a declined one too) by one equality on `partnerId`. Groups' offers make none. It
 * sees only the offers of a need's stream, so it applies any newer version (not contiguous).
 */
export const needPartnerProjection = projectionOver(proposedEventTypes, {
  name: 'gateway-network-need-partners',
  collection: NEED_PARTNERS_COLLECTION,
  contiguous: false,
  documentId: (event) => (event.data.offerer.kind === 'partner' ? needPartnerIdOf(event.data.needId, event.data.offerer.id) : undefined),
  evolve: evolveNeedPartnerDoc,
  indexes: [{ partnerId: 1 }],
});
