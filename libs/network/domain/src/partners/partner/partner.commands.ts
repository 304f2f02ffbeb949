import type { partnerCommandTypes } from '@tn/network-contracts';
import type { CommandNamed, CommandsOf } from '@tn/shared-event-contracts';
import type { ActFacts } from '../partners.rules';
import type { LookedUpAccount } from './partner.types';

/**
 * The partner's commands: each payload (its one schema is in the contracts) with the act's date
 * and actor; linking an account also carries what the route found of it: the account in the
 * service's copy of the registry (undefined: none, or closed) and the partner it is already linked
 * to, if any (the service's projection of the links: one account reads as one partner only).
 */
export type PartnerCommand = CommandsOf<
  typeof partnerCommandTypes,
  {
    RegisterPartner: ActFacts;
    RevisePartner: ActFacts;
    LinkPartnerAccount: ActFacts & { account: LookedUpAccount | undefined; linkedPartnerId?: string };
    UnlinkPartnerAccount: ActFacts;
  }
>;

export type RegisterPartnerCommand = CommandNamed<PartnerCommand, 'RegisterPartner'>;
export type RevisePartnerCommand = CommandNamed<PartnerCommand, 'RevisePartner'>;
export type LinkPartnerAccountCommand = CommandNamed<PartnerCommand, 'LinkPartnerAccount'>;
export type UnlinkPartnerAccountCommand = CommandNamed<PartnerCommand, 'UnlinkPartnerAccount'>;
