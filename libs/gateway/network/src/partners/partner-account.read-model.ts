import { partnerStreamEventTypes } from '@tn/network-contracts';
import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import { type EnvelopeOf, type EventsOf, eventTypesNamed } from '@tn/shared-event-contracts';

export const PARTNER_ACCOUNTS_COLLECTION = 'gw_network_partner_accounts';

/** The partner a registry account reads as (`_id` the account id). */
export interface PartnerAccountDoc {
  partnerId: string;
}

const linkEventTypes = eventTypesNamed(partnerStreamEventTypes, 'PartnerAccountLinked', 'PartnerAccountUnlinked');
type LinkEnvelope = EnvelopeOf<EventsOf<typeof linkEventTypes>>;

/**
 * Pure: the account's document after a link or an unlink. An unlink from another partner than
 * the one it names leaves it: partners' streams may arrive in any order between them.
 */
export function evolvePartnerAccountDoc(doc: PartnerAccountDoc | null, event: LinkEnvelope): PartnerAccountDoc | null {
  switch (event.type) {
    case 'PartnerAccountLinked':
      return { partnerId: event.data.partnerId };
    case 'PartnerAccountUnlinked':
      return doc?.partnerId === event.data.partnerId ? null : doc;
    default:
      return assertNever(event);
  }
}

/**
 * Which partner each account is, so a partner's sign-in (claims kind 'partner') reads as it:
 * one document per account, read by `_id`. Each sees only its links of a partner's stream, so
 * it applies any newer version (not contiguous).
 */
export const partnerAccountProjection = projectionOver(linkEventTypes, {
  name: 'gateway-network-partner-accounts',
  collection: PARTNER_ACCOUNTS_COLLECTION,
  contiguous: false,
  documentId: (event) => event.data.accountId,
  evolve: evolvePartnerAccountDoc,
});
