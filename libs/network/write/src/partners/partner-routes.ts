import { type CommandRoute, routesOf } from '@tn/shared-event-sourcing-nest';
import { agreementCommandTypes, partnerCommandTypes } from '@tn/network-contracts';
import { AGREEMENT_STREAM_TYPE, agreementDecider, type LookedUpPartner, PARTNER_STREAM_TYPE, partnerDecider } from '@tn/network-domain';
import { acting } from '../acting';
import type { NetworkLookups } from '../lookups';

/** A partner as an agreement needs it: its status on its stream ('none' when there is no such partner). */
export async function partnerFactOf(lookups: NetworkLookups, partnerId: string): Promise<LookedUpPartner> {
  return { status: (await lookups.partnerOf(partnerId)).status };
}

/**
 * Partners and agreements: one stream each. Linking an account carries the account as the
 * service's copy of the registry has it (undefined: none or closed) and the partner it already
 * reads as (the service's projection of the links: eventually consistent, so two links of one
 * account sent at the same instant could both pass; the gateway shows the first). Signing an
 * agreement carries the partner it names.
 */
export const partnerRoutes = (lookups: NetworkLookups): CommandRoute[] =>
  [
    ...routesOf(
      partnerCommandTypes,
      { streamType: PARTNER_STREAM_TYPE, decider: partnerDecider },
      {
        LinkPartnerAccount: async ({ accountId }) => {
          const [account, linkedPartnerId] = await Promise.all([lookups.accountOf(accountId), lookups.partnerOfAccount(accountId)]);
          return {
            account: account ? { kind: account.kind } : undefined,
            ...(linkedPartnerId === undefined ? {} : { linkedPartnerId }),
          };
        },
      },
    ),
    ...routesOf(
      agreementCommandTypes,
      { streamType: AGREEMENT_STREAM_TYPE, decider: agreementDecider },
      { SignAgreement: async ({ partnerId }) => ({ partner: await partnerFactOf(lookups, partnerId) }) },
    ),
  ].map(acting);
