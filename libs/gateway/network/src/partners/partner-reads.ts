import type { Connection } from 'mongoose';
import { type GatewayContext, readerOf } from '@tn/gateway-core';
import { type AgreementDoc, AGREEMENTS_COLLECTION } from './agreement.read-model';
import { type PartnerAccountDoc, PARTNER_ACCOUNTS_COLLECTION } from './partner-account.read-model';
import { type PartnerDoc, PARTNERS_COLLECTION } from './partner.read-model';

type Stored<T> = T & { _id: string; _deleted?: boolean };
/** The projector's bookkeeping, never read by a resolver. */
const projection = { _versions: 0, _purges: 0 };

/**
 * Reads of the partners' read models, each one document by `_id` or one top-level equality on an
 * indexed string field (ADR 0017): a partner, a unit's partners, an agreement, a unit's or a
 * partner's agreements, and the partner an account reads as.
 */
export class PartnerReads {
  constructor(private readonly connection: Connection) {}

  private async one<T>(collection: string, id: string): Promise<T | undefined> {
    const doc = await this.connection.collection<Stored<T>>(collection).findOne({ _id: id } as never, { projection });
    return doc && !doc._deleted ? (doc as T) : undefined;
  }

  private async where<T>(collection: string, filter: Readonly<Record<string, string>>): Promise<T[]> {
    const docs = await this.connection
      .collection<Stored<T>>(collection)
      .find(filter as never, { projection })
      .toArray();
    return docs.filter((doc) => !doc._deleted) as T[];
  }

  partner(partnerId: string): Promise<PartnerDoc | undefined> {
    return this.one(PARTNERS_COLLECTION, partnerId);
  }

  partnersOwnedBy(unitId: string): Promise<PartnerDoc[]> {
    return this.where(PARTNERS_COLLECTION, { ownerUnitId: unitId });
  }

  agreement(agreementId: string): Promise<AgreementDoc | undefined> {
    return this.one(AGREEMENTS_COLLECTION, agreementId);
  }

  /** The agreements the unit leads or is party to (containment in the indexed `unitIds`). */
  agreementsOfUnit(unitId: string): Promise<AgreementDoc[]> {
    return this.where(AGREEMENTS_COLLECTION, { unitIds: unitId });
  }

  agreementsOfPartner(partnerId: string): Promise<AgreementDoc[]> {
    return this.where(AGREEMENTS_COLLECTION, { partnerId });
  }

  async partnerIdOfAccount(accountId: string): Promise<string | undefined> {
    return (await this.one<PartnerAccountDoc>(PARTNER_ACCOUNTS_COLLECTION, accountId))?.partnerId;
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
