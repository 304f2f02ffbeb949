import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import { eventTypesNamed } from '@tn/shared-event-contracts';
import { partnerStreamEventTypes } from '@tn/network-contracts';

/** The partner an account reads as. */
export interface PartnerAccountRow {
  partnerId: string;
}

/** The names the projection is stored under: they point at documents and offsets, so they stay (raise the version to rebuild). */
export const PARTNER_ACCOUNTS_PROJECTION = {
  name: 'network-partner-accounts',
  collection: 'network_partner_accounts',
  groupSuffix: 'network-partner-accounts-v1',
} as const;

const linkEventTypes = eventTypesNamed(partnerStreamEventTypes, 'PartnerAccountLinked', 'PartnerAccountUnlinked');

/**
 * Pure: the account's row after a link or an unlink. An unlink from another partner than the one
 * the row names leaves it (partners' streams may arrive in any order between them: an account
 * unlinked from one partner and then linked to another keeps the second).
 */
export function evolvePartnerAccount(
  row: PartnerAccountRow | null,
  event: { type: 'PartnerAccountLinked' | 'PartnerAccountUnlinked'; data: { partnerId: string } },
): PartnerAccountRow | null {
  switch (event.type) {
    case 'PartnerAccountLinked':
      return { partnerId: event.data.partnerId };
    case 'PartnerAccountUnlinked':
      return row?.partnerId === event.data.partnerId ? null : row;
    default:
      return assertNever(event.type);
  }
}

/**
 * Which partner each account is linked to, one document per account (`_id` the account id), from
 * the service's own topic: a link is refused while the account reads as another partner.
 * `contiguous: false`: a partner's stream holds its profile too, which this projection skips.
 */
export const partnerAccountsProjection = projectionOver(linkEventTypes, {
  name: PARTNER_ACCOUNTS_PROJECTION.name,
  collection: PARTNER_ACCOUNTS_PROJECTION.collection,
  contiguous: false,
  documentId: (event) => event.data.accountId,
  evolve: evolvePartnerAccount,
});
