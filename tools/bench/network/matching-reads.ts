import type { Db, Document } from 'mongodb';
import type { Connection } from 'mongoose';
import { UnitDirectory } from '../../../libs/gateway/registry/src/units/unit-directory';
import { areaTokenOf, MATCH_CANDIDATES_COLLECTION } from '../../../libs/gateway/network/src/needs/match-candidate.read-model';
import { rankedCandidatesOf } from '../../../libs/gateway/network/src/needs/need-candidates';
import { NeedReads } from '../../../libs/gateway/network/src/needs/need-reads';
import { candidateView } from '../../../libs/gateway/network/src/needs/need-views';
import type { NeedMatchCandidateView } from '../../../libs/gateway/network/src/needs/need.models';
import { PARTNERS_COLLECTION } from '../../../libs/gateway/network/src/partners/partner.read-model';
import { PartnerReads } from '../../../libs/gateway/network/src/partners/partner-reads';
import { NEEDS_COLLECTION } from '../../../libs/gateway/network/src/needs/need.read-model';
import { UNITS_COLLECTION } from '../../../libs/gateway/registry/src/units/unit.read-model';

/**
 * The two things `needMatchCandidates` is measured against, in the bench's own process:
 *
 * - the read-model function: the resolver's body without HTTP, GraphQL, the token or the rights
 *   check, over the same reader classes the gateway builds per request (the need by `_id`, the
 *   place's lineage from the unit read model, one `tokens` equality per unit of it at once, the
 *   ranking, a partner's name by `_id` for each partner ranked);
 * - the raw driver: only the `find({ tokens })` equalities over the same lineage tokens, at once,
 *   with the same projection, the lineage known beforehand. No ranking, no need, no names;
 * - the raw driver doing all the function's reads, in the same order and concurrency, with the
 *   ids known beforehand: the need by `_id`, each unit of the lineage by `_id` (one after the
 *   other, as the walk goes up), the token equalities at once, the ranked partners by `_id` at once.
 *   What the function costs above it is the code's own (mongoose, the ranking, the views).
 */

/** What a read sent and got. */
export interface ReadTally {
  finds: number;
  docs: number;
}

export interface FunctionAnswer {
  candidates: NeedMatchCandidateView[];
  /** Candidate documents read for the place's lineage (a document serving two of its units counts twice). */
  docs: number;
}

/** `needMatchCandidates(needId, first)` as the resolver computes it, on `today`, for a caller allowed to read the need. */
export async function matchCandidatesFunction(connection: Connection, needId: string, today: string, first = 20): Promise<FunctionAnswer> {
  // One set of readers per call, as the gateway makes one per request (the unit reader caches by `_id`).
  const reads = new NeedReads(connection);
  const directory = new UnitDirectory(connection);
  const partners = new PartnerReads(connection);
  const need = await reads.need(needId);
  if (!need) throw new Error(`no need ${needId}`);
  if (need.status !== 'open') return { candidates: [], docs: 0 };
  const lineage = await directory.lineage(need.placeUnitId, today);
  const docs = (await Promise.all(lineage.map((unitId) => reads.candidatesServing(unitId)))).flat();
  const ranked = rankedCandidatesOf(need, lineage, docs, today, first);
  const candidates = await Promise.all(
    ranked.map(async (candidate) => candidateView(candidate, candidate.kind === 'partner' ? (await partners.partner(candidate.candidateId))?.name : undefined)),
  );
  return { candidates, docs: docs.length };
}

const candidateProjection = { _versions: 0, _purges: 0, tokens: 0 };

/** The raw driver's equalities: one `find({ tokens: 'area:<unitId>' })` per unit of the lineage, all at once. */
export async function rawTokenFinds(db: Db, lineage: readonly string[]): Promise<ReadTally> {
  const collection = db.collection(MATCH_CANDIDATES_COLLECTION);
  const lists = await Promise.all(lineage.map((unitId) => collection.find({ tokens: areaTokenOf(unitId) }, { projection: candidateProjection }).toArray()));
  return { finds: lineage.length, docs: lists.reduce((sum, docs) => sum + docs.length, 0) };
}

/** Candidate documents per unit of the lineage (what each equality returns). */
export async function docsPerToken(db: Db, lineage: readonly string[]): Promise<number[]> {
  const collection = db.collection(MATCH_CANDIDATES_COLLECTION);
  return Promise.all(lineage.map(async (unitId) => (await collection.find({ tokens: areaTokenOf(unitId) }, { projection: { _id: 1 } }).toArray()).length));
}

const projection = { _versions: 0, _purges: 0 };

/** What the function reads for one need, its ids known: the lineage, and the partners it ranked. */
export interface ReadPlan {
  needId: string;
  lineage: readonly string[];
  partnerIds: readonly string[];
}

/** All the function's reads with the plain driver, in its order and concurrency. */
export async function rawSameReads(db: Db, plan: ReadPlan): Promise<ReadTally> {
  const byId = (collection: string, id: string) => db.collection<Document & { _id: string }>(collection).findOne({ _id: id }, { projection });
  await byId(NEEDS_COLLECTION, plan.needId);
  for (const unitId of plan.lineage) await byId(UNITS_COLLECTION, unitId);
  const tokens = await rawTokenFinds(db, plan.lineage);
  await Promise.all(plan.partnerIds.map((partnerId) => byId(PARTNERS_COLLECTION, partnerId)));
  return { finds: 1 + plan.lineage.length + tokens.finds + plan.partnerIds.length, docs: 1 + plan.lineage.length + tokens.docs + plan.partnerIds.length };
}
