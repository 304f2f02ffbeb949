import type { Connection } from 'mongoose';
import { type GatewayContext, readerOf, ReadModelReads } from '@tn/gateway-core';
import { type AgreementDoc, AGREEMENTS_COLLECTION } from './agreement.read-model';
import { type PartnerAccountDoc, PARTNER_ACCOUNTS_COLLECTION } from './partner-account.read-model';
import { type PartnerDoc, PARTNERS_COLLECTION } from './partner.read-model';

/**
 * Reads of the partners' read models, each one document by `_id` or one top-level equality on an
 * indexed string field (ADR 0017): a partner, a unit's partners, an agreement, a unit's or a
 * partner's agreements, and the partner an account reads as.
 */
export class PartnerReads {
  private readonly reads: ReadModelReads;

  constructor(connection: Connection) {
    this.reads = new ReadModelReads(connection);
  }

  partner(partnerId: string): Promise<PartnerDoc | undefined> {
    return this.reads.one(PARTNERS_COLLECTION, partnerId);
  }

  partnersOwnedBy(unitId: string): Promise<PartnerDoc[]> {
    return this.reads.where(PARTNERS_COLLECTION, { ownerUnitId: unitId });
  }

  agreement(agreementId: string): Promise<AgreementDoc | undefined> {
    return this.reads.one(AGREEMENTS_COLLECTION, agreementId);
  }

  /** The agreements the unit leads or is party to (containment in the indexed `unitIds`). */
  agreementsOfUnit(unitId: string): Promise<AgreementDoc[]> {
    return this.reads.where(AGREEMENTS_COLLECTION, { unitIds: unitId });
  }

  agreementsOfPartner(partnerId: string): Promise<AgreementDoc[]> {
    return this.reads.where(AGREEMENTS_COLLECTION, { partnerId });
  }

  async partnerIdOfAccount(accountId: string): Promise<string | undefined> {
    return (await this.reads.one<PartnerAccountDoc>(PARTNER_ACCOUNTS_COLLECTION, accountId))?.partnerId;
  }
}

/** The request's PartnerReads (one per request, over the core's read-model connection). */
export const partnersOf = (context: GatewayContext): PartnerReads =>
  readerOf(context, 'network:partners', (readModels) => new PartnerReads(readModels.connection));

/**
 * The partner a registry account reads as, if it is linked to one (for another area: the needs
 * area lets a partner read the needs it holds a match on). Give it the request's PartnerReads
 * (`partnersOf(context)`) or a read-model connection.
 */
export function partnerIdOfAccount(reads: PartnerReads | Connection, accountId: string): Promise<string | undefined> {
  return (reads instanceof PartnerReads ? reads : new PartnerReads(reads)).partnerIdOfAccount(accountId);
}
