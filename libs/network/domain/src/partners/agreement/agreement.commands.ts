import type { agreementCommandTypes } from '@tn/network-contracts';
import type { CommandNamed, CommandsOf } from '@tn/shared-event-contracts';
import type { LookedUpPartner } from '../partner/partner.types';
import type { ActFacts } from '../partners.rules';

/**
 * The agreement's commands: each payload (its one schema is in the contracts) with the act's date
 * and actor; signing also carries the partner it names as the route found it on its stream.
 */
export type AgreementCommand = CommandsOf<
  typeof agreementCommandTypes,
  {
    SignAgreement: ActFacts & { partner: LookedUpPartner };
    AmendAgreement: ActFacts;
    TerminateAgreement: ActFacts;
  }
>;

export type SignAgreementCommand = CommandNamed<AgreementCommand, 'SignAgreement'>;
export type AmendAgreementCommand = CommandNamed<AgreementCommand, 'AmendAgreement'>;
export type TerminateAgreementCommand = CommandNamed<AgreementCommand, 'TerminateAgreement'>;
