import type { Connection } from 'mongoose';
import { type GatewayContext, readerOf } from '@tn/gateway-core';
import type { NeedStatus } from '@tn/network-contracts';
import { areaTokenOf, MATCH_CANDIDATES_COLLECTION, type MatchCandidateDoc } from './match-candidate.read-model';
import { NEED_PARTNERS_COLLECTION, type NeedPartnerDoc, needPartnerIdOf } from './need-partner.read-model';
import { type NeedDoc, NEEDS_COLLECTION } from './need.read-model';

type Stored<T> = T & { _id: string; _deleted?: boolean };
/** The projector's bookkeeping, never read by a resolver. */
const projection = { _versions: 0, _purges: 0 };
/** What the matching reads of a candidate: not its tokens (the query's own) nor the bookkeeping. */
const candidateProjection = { ...projection, tokens: 0 };

/**
 * Reads of the needs' read models, each one document by `_id` or one top-level equality on an
 * indexed field (ADR 0017): a need, a unit's needs, a partner's needs, and the candidates of one
 * unit's area.
 */
export class NeedReads {
  constructor(private readonly connection: Connection) {}

  private async one<T>(collection: string, id: string): Promise<T | undefined> {
    const doc = await this.connection.collection<Stored<T>>(collection).findOne({ _id: id } as never, { projection });
    return doc && !doc._deleted ? (doc as T) : undefined;
  }

  private async where<T>(collection: string, filter: Readonly<Record<string, string>>, fields: object = projection): Promise<Stored<T>[]> {
    const docs = await this.connection
      .collection<Stored<T>>(collection)
      .find(filter as never, { projection: fields })
      .toArray();
    return docs.filter((doc) => !doc._deleted) as Stored<T>[];
  }

  need(needId: string): Promise<NeedDoc | undefined> {
    return this.one(NEEDS_COLLECTION, needId);
  }

  /** The needs the unit raised, of one status when given. */
  unitNeeds(unitId: string, status?: NeedStatus): Promise<NeedDoc[]> {
    return this.where(NEEDS_COLLECTION, status ? { unitId, status } : { unitId });
  }

  /** Whether the partner holds (or held) a match on the need. */
  async partnerOffered(needId: string, partnerId: string): Promise<boolean> {
    return (await this.one<NeedPartnerDoc>(NEED_PARTNERS_COLLECTION, needPartnerIdOf(needId, partnerId))) !== undefined;
  }

  /** The ids of the needs the partner offered on. */
  async needIdsOfPartner(partnerId: string): Promise<string[]> {
    return (await this.where<NeedPartnerDoc>(NEED_PARTNERS_COLLECTION, { partnerId })).map((doc) => doc.needId);
  }

  /** The candidates serving the unit's area (the groups and agreements holding its token), each with its document id. */
  candidatesServing(unitId: string): Promise<Stored<MatchCandidateDoc>[]> {
    return this.where<MatchCandidateDoc>(MATCH_CANDIDATES_COLLECTION, { tokens: areaTokenOf(unitId) }, candidateProjection);
  }
}

/** The request's NeedReads (one per request, over the core's read-model connection). */
export const needsOf = (context: GatewayContext): NeedReads => readerOf(context, 'network:needs', (readModels) => new NeedReads(readModels.connection));
