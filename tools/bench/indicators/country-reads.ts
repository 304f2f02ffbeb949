import type { Db, Document } from 'mongodb';
import type { Connection } from 'mongoose';
import { eachDistinct } from '@tn/gateway-core';
import { DECLARED_VALUE_KEYS, declaredValueIdOf, type IndicatorDefinition, parsePeriod } from '@tn/reporting-contracts';
import { hierarchyEventsAfter, LocalHierarchy } from '@tn/shared-registry-feed';
import type { MongoConnection } from '@tn/shared-service-kit';
import type { HierarchyState } from '@tn/shared-unit-hierarchy';
import { REPORTING_DECLARED_COLLECTION } from '../../../libs/gateway/reporting/src/declared/declared-value.read-model';
import { evaluateIndicators, type IndicatorValue, unitsAttributedTo } from '../../../libs/gateway/reporting/src/engine';
import {
  REPORTING_ACTIVITIES_COLLECTION,
  REPORTING_AGREEMENTS_COLLECTION,
  REPORTING_CADRES_COLLECTION,
  REPORTING_CAMPAIGNS_COLLECTION,
  REPORTING_GROUPS_COLLECTION,
  REPORTING_HIERARCHY_COLLECTION,
  REPORTING_MODELS_COLLECTION,
  REPORTING_QUALIFICATION_KINDS_COLLECTION,
  unitYearKey,
} from '../../../libs/gateway/reporting/src/facts';
import { FactReads } from '../../../libs/gateway/reporting/src/values/fact-reads';

/**
 * The country's K1–K5 computed the three ways the benchmark compares, each over the same roots
 * (the provinces) split into requests of at most 20 units, the requests at once and the roots of
 * a request one after the other, as `indicatorValues` takes them:
 *
 * - the function: the resolver's body in the bench process (the units attributed to each root,
 *   FactReads' equality reads, `evaluateIndicators`), without HTTP, GraphQL or rights; its reads
 *   and its evaluation timed apart;
 * - raw: the plain driver sending the same equality finds in the same order and concurrency
 *   (16 in flight per list, the lists at once), the units known beforehand; nothing evaluated;
 * - raw, every fact: one `find({})` per fact collection, all at once: what reading every fact
 *   document the plainest way costs, whatever the year (a bound for any per-unit plan).
 */

/** Every collection an evaluation reads, and the ones the rebuild writes. */
export const FACT_COLLECTIONS = [
  REPORTING_ACTIVITIES_COLLECTION,
  REPORTING_CAMPAIGNS_COLLECTION,
  REPORTING_CADRES_COLLECTION,
  REPORTING_GROUPS_COLLECTION,
  REPORTING_AGREEMENTS_COLLECTION,
  REPORTING_MODELS_COLLECTION,
  REPORTING_QUALIFICATION_KINDS_COLLECTION,
  REPORTING_DECLARED_COLLECTION,
] as const;
export const WRITTEN_COLLECTIONS = [...FACT_COLLECTIONS, REPORTING_HIERARCHY_COLLECTION] as const;

const PROJECTION = { _versions: 0, _purges: 0 };

export interface CountryQuery {
  definitions: IndicatorDefinition[];
  period: string;
  structureDate: string;
  /** The roots, in requests of at most `perRequest`. */
  requests: string[][];
}

/** The hierarchy as the reporting slice copied it, folded as ReportingHierarchy folds it. */
export async function reportingHierarchyOf(connection: Connection): Promise<HierarchyState> {
  const hierarchy = new LocalHierarchy();
  const mongo = { connection } as MongoConnection;
  hierarchy.attach({ eventsAfter: (version) => hierarchyEventsAfter(mongo, REPORTING_HIERARCHY_COLLECTION, version), lag: async () => 0 });
  await hierarchy.refresh();
  return hierarchy.snapshot();
}

export interface FunctionRun {
  values: IndicatorValue[];
  /** Summed over the roots (roots of different requests overlap in time). */
  readsMs: number;
  evaluateMs: number;
  activities: number;
}

/** The resolver's body for every root. */
export async function functionValues(connection: Connection, hierarchy: HierarchyState, query: CountryQuery): Promise<FunctionRun> {
  const run: FunctionRun = { values: [], readsMs: 0, evaluateMs: 0, activities: 0 };
  const year = parsePeriod(query.period)!.year;
  const perRequest = await Promise.all(
    query.requests.map(async (roots) => {
      const reads = new FactReads(connection);
      const values: IndicatorValue[] = [];
      for (const rootUnitId of roots) {
        const readsStarted = performance.now();
        const inputs = await reads.inputsFor(hierarchy, unitsAttributedTo(hierarchy, rootUnitId, query.structureDate), [year], [query.period]);
        const evaluateStarted = performance.now();
        values.push(...evaluateIndicators(query.definitions, { rootUnitId, period: query.period, structureDate: query.structureDate }, inputs));
        run.readsMs += evaluateStarted - readsStarted;
        run.evaluateMs += performance.now() - evaluateStarted;
        run.activities += inputs.activities.length;
      }
      return values;
    }),
  );
  run.values = perRequest.flat();
  return run;
}

export interface RawTally {
  finds: number;
  documents: number;
}

type Found = Document & { _id: string };

/** FactReads' reads for one root, with the plain driver. */
async function rawReadsOf(db: Db, unitIds: readonly string[], year: number, period: string, tally: RawTally): Promise<void> {
  const find = async (collection: string, filter: Document): Promise<Found[]> => {
    const docs = (await db.collection(collection).find(filter, { projection: PROJECTION }).toArray()) as unknown as Found[];
    tally.finds++;
    tally.documents += docs.length;
    return docs;
  };
  const byIds = async (collection: string, ids: readonly string[]) => (await eachDistinct([...new Set(ids)], (id) => find(collection, { _id: id }))).flat();
  const unitYears = unitIds.map((unitId) => unitYearKey(unitId, year));
  const declaredIds = unitIds.flatMap((unitId) => DECLARED_VALUE_KEYS.map((key) => declaredValueIdOf(unitId, period, key)));
  const [activities, campaigns, cadres] = await Promise.all([
    eachDistinct(unitYears, (key) => find(REPORTING_ACTIVITIES_COLLECTION, { unitYears: key })),
    eachDistinct(unitYears, (key) => find(REPORTING_CAMPAIGNS_COLLECTION, { unitYears: key })),
    eachDistinct([...unitIds], (unitId) => find(REPORTING_CADRES_COLLECTION, { unitIds: unitId })),
    eachDistinct([...unitIds], (unitId) => find(REPORTING_GROUPS_COLLECTION, { unitIds: unitId })),
    eachDistinct([...unitIds], (unitId) => find(REPORTING_AGREEMENTS_COLLECTION, { unitIds: unitId })),
    byIds(REPORTING_DECLARED_COLLECTION, declaredIds),
  ]);
  const known = new Set(cadres.flat().map((cadre) => cadre._id));
  const responsible = [...new Set(activities.flat().map((activity) => String(activity['responsibleCadreId'] ?? '')))].filter((id) => id && !known.has(id));
  const others = await byIds(REPORTING_CADRES_COLLECTION, responsible);
  const modelIds = [...activities.flat(), ...campaigns.flat()].flatMap((flow) =>
    typeof flow['coordinationModelId'] === 'string' ? [flow['coordinationModelId']] : [],
  );
  const kindIds = [...cadres.flat(), ...others].flatMap((cadre) => ((cadre['qualifications'] ?? []) as { kindId: string }[]).map((record) => record.kindId));
  await Promise.all([byIds(REPORTING_MODELS_COLLECTION, modelIds), byIds(REPORTING_QUALIFICATION_KINDS_COLLECTION, kindIds)]);
}

/** The same finds as the function, for every root (the units attributed to each known beforehand). */
export async function rawSameReads(db: Db, attributed: ReadonlyMap<string, readonly string[]>, query: CountryQuery): Promise<RawTally> {
  const tally: RawTally = { finds: 0, documents: 0 };
  const year = parsePeriod(query.period)!.year;
  await Promise.all(
    query.requests.map(async (roots) => {
      for (const root of roots) await rawReadsOf(db, attributed.get(root)!, year, query.period, tally);
    }),
  );
  return tally;
}

/** Every fact document, one find per collection, at once. */
export async function rawEveryFact(db: Db): Promise<RawTally> {
  const lists = await Promise.all(FACT_COLLECTIONS.map((name) => db.collection(name).find({}, { projection: PROJECTION }).toArray()));
  return { finds: lists.length, documents: lists.reduce((sum, list) => sum + list.length, 0) };
}
