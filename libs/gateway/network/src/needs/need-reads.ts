import type { Connection } from 'mongoose';
import { type GatewayContext, readerOf, ReadModelReads } from '@tn/gateway-core';
import type { NeedStatus } from '@tn/network-contracts';
import { areaTokenOf, MATCH_CANDIDATES_COLLECTION, type MatchCandidateDoc } from './match-candidate.read-model';
import { NEED_PARTNERS_COLLECTION, type NeedPartnerDoc, needPartnerIdOf } from './need-partner.read-model';
import { type NeedDoc, NEEDS_COLLECTION } from './need.read-model';

/** What the matching leaves out of a candidate: its tokens (the query's own). */
const candidateLeaveOut = { tokens: 0 } as const;

/**
 * Reads of the needs' read models, each one document by `_id` or one top-level equality on an
 * indexed field (ADR 0017): a need, a unit's needs, a partner's needs, and the candidates of one
 * unit's area.
 */
export class NeedReads {
  private readonly reads: ReadModelReads;

  constructor(connection: Connection) {
    this.reads = new ReadModelReads(connection);
  }

  need(needId: string): Promise<NeedDoc | undefined> {
    return this.reads.one(NEEDS_COLLECTION, needId);
  }

  /** The needs the unit raised, of one status when given. */
  unitNeeds(unitId: string, status?: NeedStatus): Promise<NeedDoc[]> {
    return this.reads.where(NEEDS_COLLECTION, status ? { unitId, status } : { unitId });
  }

  /** Whether the partner holds (or held) a match on the need. */
  async partnerOffered(needId: string, partnerId: string): Promise<boolean> {
    return (await this.reads.one<NeedPartnerDoc>(NEED_PARTNERS_COLLECTION, needPartnerIdOf(needId, partnerId))) !== undefined;
  }

  /** The ids of the needs the partner offered on. */
  async needIdsOfPartner(partnerId: string): Promise<string[]> {
    return (await this.reads.where<NeedPartnerDoc>(NEED_PARTNERS_COLLECTION, { partnerId })).map((doc) => doc.needId);
  }

  /** The candidates serving the unit's area (the groups and agreements holding its token), each with its document id. */
  candidatesServing(unitId: string): Promise<(MatchCandidateDoc & { _id: string })[]> {
    return this.reads.where<MatchCandidateDoc & { _id: string }>(MATCH_CANDIDATES_COLLECTION, { tokens: areaTokenOf(unitId) }, candidateLeaveOut);
  }
}

/** The request's NeedReads (one per request, over the core's read-model connection). */
export const needsOf = (context: GatewayContext): NeedReads => readerOf(context, 'network:needs', (readModels) => new NeedReads(readModels.connection));
