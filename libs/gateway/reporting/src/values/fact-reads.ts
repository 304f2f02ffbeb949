import type { Connection } from 'mongoose';
import { eachDistinct, type GatewayContext, readerOf, ReadModelReads } from '@tn/gateway-core';
import { DECLARED_VALUE_KEYS, declaredValueIdOf } from '@tn/reporting-contracts';
import type { HierarchyState } from '@tn/shared-unit-hierarchy';
import { REPORTING_DECLARED_COLLECTION } from '../declared/declared-value.read-model';
import type { EvaluationInputs } from '../engine';
import {
  type ActivityFactDoc,
  type AgreementFactDoc,
  type CadreFactDoc,
  type CampaignFactDoc,
  type DeclaredValueDoc,
  type GroupFactDoc,
  type ModelFactDoc,
  type QualificationKindFactDoc,
  REPORTING_ACTIVITIES_COLLECTION,
  REPORTING_AGREEMENTS_COLLECTION,
  REPORTING_CADRES_COLLECTION,
  REPORTING_CAMPAIGNS_COLLECTION,
  REPORTING_GROUPS_COLLECTION,
  REPORTING_MODELS_COLLECTION,
  REPORTING_QUALIFICATION_KINDS_COLLECTION,
  unitYearKey,
} from '../facts';

/** Keeps the first document of each id (a flow found under two unit-years, a group under two hosts). */
function distinct<T>(docs: readonly T[], idOf: (doc: T) => string): T[] {
  const byId = new Map<string, T>();
  for (const doc of docs) if (!byId.has(idOf(doc))) byId.set(idOf(doc), doc);
  return [...byId.values()];
}

/**
 * Reads the fact documents an evaluation needs, by equality only (ADR 0017): the flows of each
 * unit and year, the stocks of each unit, the declared values of each unit and period by id, and
 * then the responsible cadres, models and qualification kinds those name (a cadre of another unit
 * may be responsible for an activity here).
 */
export class FactReads {
  private readonly reads: ReadModelReads;

  constructor(connection: Connection) {
    this.reads = new ReadModelReads(connection);
  }

  async inputsFor(hierarchy: HierarchyState, unitIds: readonly string[], years: readonly number[], periods: readonly string[]): Promise<EvaluationInputs> {
    const unitYears = unitIds.flatMap((unitId) => years.map((year) => unitYearKey(unitId, year)));
    const [activities, campaigns, unitCadres, groups, agreements, declared] = await Promise.all([
      this.flows<ActivityFactDoc>(REPORTING_ACTIVITIES_COLLECTION, unitYears),
      this.flows<CampaignFactDoc>(REPORTING_CAMPAIGNS_COLLECTION, unitYears),
      this.stocks<CadreFactDoc & { _id: string }>(REPORTING_CADRES_COLLECTION, unitIds),
      this.stocks<GroupFactDoc>(REPORTING_GROUPS_COLLECTION, unitIds),
      this.stocks<AgreementFactDoc>(REPORTING_AGREEMENTS_COLLECTION, unitIds),
      this.declared(unitIds, periods),
    ]);
    const known = new Set(unitCadres.map((cadre) => cadre._id));
    const responsible = [...new Set(activities.map((activity) => activity.responsibleCadreId))].filter((id) => id && !known.has(id));
    const otherCadres = await this.byIds<CadreFactDoc & { _id: string }>(REPORTING_CADRES_COLLECTION, responsible);
    // A document first made by a course completion knows its person only by its id (the event names several people).
    const cadres = [...unitCadres, ...otherCadres].map((cadre) => ({ ...cadre, personId: cadre.personId || cadre._id }));
    const modelIds = [...activities, ...campaigns].map((flow) => flow.coordinationModelId).filter((id): id is string => Boolean(id));
    const kindIds = cadres.flatMap((cadre) => cadre.qualifications.map((record) => record.kindId));
    const [models, qualificationKinds] = await Promise.all([
      this.byIds<ModelFactDoc>(REPORTING_MODELS_COLLECTION, modelIds),
      this.byIds<QualificationKindFactDoc>(REPORTING_QUALIFICATION_KINDS_COLLECTION, kindIds),
    ]);
    return { hierarchy, activities, campaigns, cadres, qualificationKinds, models, groups, agreements, declared };
  }

  private async flows<T extends { unitYears: string[] }>(collection: string, unitYears: readonly string[]): Promise<T[]> {
    const lists = await eachDistinct([...unitYears], (unitYear) => this.reads.where<T & { _id: string }>(collection, { unitYears: unitYear }));
    return distinct(lists.flat(), (doc) => doc._id);
  }

  private async stocks<T extends { unitIds: string[] }>(collection: string, unitIds: readonly string[]): Promise<T[]> {
    const lists = await eachDistinct([...unitIds], (unitId) => this.reads.where<T & { _id: string }>(collection, { unitIds: unitId }));
    return distinct(lists.flat(), (doc) => doc._id);
  }

  private async byIds<T>(collection: string, ids: readonly string[]): Promise<T[]> {
    const found = await eachDistinct([...new Set(ids)], (id) => this.reads.one<T>(collection, id));
    return found.filter((doc): doc is Awaited<T> => doc !== undefined) as T[];
  }

  private declared(unitIds: readonly string[], periods: readonly string[]): Promise<DeclaredValueDoc[]> {
    const ids = unitIds.flatMap((unitId) => periods.flatMap((period) => DECLARED_VALUE_KEYS.map((key) => declaredValueIdOf(unitId, period, key))));
    return this.byIds<DeclaredValueDoc>(REPORTING_DECLARED_COLLECTION, ids);
  }
}

/** The request's FactReads (one per request, over the core's read-model connection). */
export const factsOf = (context: GatewayContext): FactReads => readerOf(context, 'reporting:facts', (readModels) => new FactReads(readModels.connection));
