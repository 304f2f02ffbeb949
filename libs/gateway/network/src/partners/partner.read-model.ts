import { type PartnerKind, partnerStreamEventTypes } from '@tn/network-contracts';
import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import type { EnvelopeOf, EventsOf } from '@tn/shared-event-contracts';

export const PARTNERS_COLLECTION = 'gw_network_partners';

/** One partner organisation with its linked accounts (the gateway's partner read model; nothing personal). */
export interface PartnerDoc {
  partnerId: string;
  name: string;
  kind: PartnerKind;
  countryCode: string;
  website?: string;
  ownerUnitId: string;
  /** Registry account ids (hashes) that read as this partner, in the order linked. */
  accountIds: string[];
  registeredBy: string;
  registeredOn: string;
  revisedBy?: string;
  revisedOn?: string;
}

type PartnerEnvelope = EnvelopeOf<EventsOf<typeof partnerStreamEventTypes>>;

/** Pure: the partner document after one of its stream's events. */
export function evolvePartnerDoc(doc: PartnerDoc | null, event: PartnerEnvelope): PartnerDoc {
  if (event.type === 'PartnerRegistered') {
    const { partnerId, name, kind, countryCode, website, ownerUnitId, registeredBy, registeredOn } = event.data;
    return { partnerId, name, kind, countryCode, ...(website ? { website } : {}), ownerUnitId, accountIds: [], registeredBy, registeredOn };
  }
  if (!doc) throw new Error(`${event.type} for a partner the read model does not know`);
  switch (event.type) {
    case 'PartnerRevised': {
      const { name, kind, countryCode, website, revisedBy, revisedOn } = event.data;
      const { website: _previous, ...rest } = doc;
      return { ...rest, name, kind, countryCode, ...(website ? { website } : {}), revisedBy, revisedOn };
    }
    case 'PartnerAccountLinked':
      return { ...doc, accountIds: [...doc.accountIds.filter((id) => id !== event.data.accountId), event.data.accountId] };
    case 'PartnerAccountUnlinked':
      return { ...doc, accountIds: doc.accountIds.filter((id) => id !== event.data.accountId) };
    default:
      return assertNever(event);
  }
}

/** One document per partner stream. */
export const partnerProjection = projectionOver(partnerStreamEventTypes, {
  name: 'gateway-network-partners',
  collection: PARTNERS_COLLECTION,
  documentId: (event) => event.data.partnerId,
  evolve: evolvePartnerDoc,
  // PartnerReads.ownedBy ({ ownerUnitId }).
  indexes: [{ ownerUnitId: 1 }],
});
