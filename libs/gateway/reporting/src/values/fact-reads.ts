import type { Connection } from 'mongoose';
import { eachDistinct, type GatewayContext, readerOf } from '@tn/gateway-core';
import { DECLARED_VALUE_KEYS, declaredValueIdOf } from '@tn/reporting-contracts';
import type { HierarchyState } from '@tn/shared-unit-hierarchy';
import { type ReadModelRef, ReportingReads } from '../core/reporting-collections';
import { declaredValueProjection } from '../declared/declared-value.read-model';
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
  unitYearKey,
} from '../facts';
import { activityFactsProjection } from '../facts/activity-facts.projection';
import { agreementFactsProjection } from '../facts/agreement-facts.projection';
import { cadreFactsProjection } from '../facts/cadre-facts.projection';
import { campaignFactsProjection } from '../facts/campaign-facts.projection';
import { groupFactsProjection } from '../facts/group-facts.projection';
import { modelFactsProjection } from '../facts/model-facts.projection';
import { qualificationKindFactsProjection } from '../facts/qualification-kind-facts.projection';

/** Keeps the first document of each id (a flow found under two unit-years, a group under two hosts). */
function distinct<T>(docs: readonly T[], idOf: (doc: T) => string): T[] {
  const byId = new Map<string, T>();
  for (const doc of docs) if (!byId.has(idOf(doc))) byId.set(idOf(doc), doc);
  return [...byId.values()];
}

/**
 * Above this many units, one equality per unit costs more than reading everything of the year:
 * a country-wide read takes the year's flows ({ years }), every stock and the period's declared
 * values ({ period }) at once, and the engine keeps what its attribution puts in the subtree (a
 * province of the national dataset is ~200 units; the country ~6,700 at a fifth of its size).
 */
export const WHOLE_READ_UNITS = 1000;

/**
 * Reads the fact documents an evaluation needs, by equality only (ADR 0017): the flows of each
 * unit and year, the stocks of each unit, the declared values of each unit and period by id, and
 * then the responsible cadres, models and qualification kinds those name (a cadre of another unit
 * may be responsible for an activity here). Each read goes to the collection serving its read
 * model now (a rebuild swaps it).
 */
export class FactReads {
  private readonly reads: ReportingReads;

  constructor(connection: Connection) {
    this.reads = new ReportingReads(connection);
  }

  async inputsFor(hierarchy: HierarchyState, unitIds: readonly string[], years: readonly number[], periods: readonly string[]): Promise<EvaluationInputs> {
    const whole = unitIds.length > WHOLE_READ_UNITS;
    const unitYears = unitIds.flatMap((unitId) => years.map((year) => unitYearKey(unitId, year)));
    const yearKeys = years.map(String);
    const [activities, campaigns, unitCadres, groups, agreements, declared] = await Promise.all([
      whole ? this.flowsOfYears<ActivityFactDoc>(activityFactsProjection, yearKeys) : this.flows<ActivityFactDoc>(activityFactsProjection, unitYears),
      whole ? this.flowsOfYears<CampaignFactDoc>(campaignFactsProjection, yearKeys) : this.flows<CampaignFactDoc>(campaignFactsProjection, unitYears),
      whole
        ? this.reads.where<CadreFactDoc & { _id: string }>(cadreFactsProjection, {})
        : this.stocks<CadreFactDoc & { _id: string }>(cadreFactsProjection, unitIds),
      whole ? this.reads.where<GroupFactDoc>(groupFactsProjection, {}) : this.stocks<GroupFactDoc>(groupFactsProjection, unitIds),
      whole ? this.reads.where<AgreementFactDoc>(agreementFactsProjection, {}) : this.stocks<AgreementFactDoc>(agreementFactsProjection, unitIds),
      whole ? this.declaredOfPeriods(periods) : this.declared(unitIds, periods),
    ]);
    const known = new Set(unitCadres.map((cadre) => cadre._id));
    const responsible = [...new Set(activities.map((activity) => activity.responsibleCadreId))].filter((id) => id && !known.has(id));
    const otherCadres = await this.byIds<CadreFactDoc & { _id: string }>(cadreFactsProjection, responsible);
    // A document first made by a course completion knows its person only by its id (the event names several people).
    const cadres = [...unitCadres, ...otherCadres].map((cadre) => ({ ...cadre, personId: cadre.personId || cadre._id }));
    const modelIds = [...activities, ...campaigns].map((flow) => flow.coordinationModelId).filter((id): id is string => Boolean(id));
    const kindIds = cadres.flatMap((cadre) => cadre.qualifications.map((record) => record.kindId));
    const [models, qualificationKinds] = await Promise.all([
      this.byIds<ModelFactDoc>(modelFactsProjection, modelIds),
      this.byIds<QualificationKindFactDoc>(qualificationKindFactsProjection, kindIds),
    ]);
    return { hierarchy, activities, campaigns, cadres, qualificationKinds, models, groups, agreements, declared };
  }

  private async flows<T extends { unitYears: string[] }>(model: ReadModelRef, unitYears: readonly string[]): Promise<T[]> {
    const lists = await eachDistinct([...unitYears], (unitYear) => this.reads.where<T & { _id: string }>(model, { unitYears: unitYear }));
    return distinct(lists.flat(), (doc) => doc._id);
  }

  private async flowsOfYears<T extends { years: string[] }>(model: ReadModelRef, years: readonly string[]): Promise<T[]> {
    const lists = await eachDistinct([...years], (year) => this.reads.where<T & { _id: string }>(model, { years: year }));
    return distinct(lists.flat(), (doc) => doc._id);
  }

  private async declaredOfPeriods(periods: readonly string[]): Promise<DeclaredValueDoc[]> {
    return (await eachDistinct([...periods], (period) => this.reads.where<DeclaredValueDoc>(declaredValueProjection, { period }))).flat();
  }

  private async stocks<T extends { unitIds: string[] }>(model: ReadModelRef, unitIds: readonly string[]): Promise<T[]> {
    const lists = await eachDistinct([...unitIds], (unitId) => this.reads.where<T & { _id: string }>(model, { unitIds: unitId }));
    return distinct(lists.flat(), (doc) => doc._id);
  }

  private async byIds<T>(model: ReadModelRef, ids: readonly string[]): Promise<T[]> {
    const found = await eachDistinct([...new Set(ids)], (id) => this.reads.one<T>(model, id));
    return found.filter((doc): doc is Awaited<T> => doc !== undefined) as T[];
  }

  private declared(unitIds: readonly string[], periods: readonly string[]): Promise<DeclaredValueDoc[]> {
    const ids = unitIds.flatMap((unitId) => periods.flatMap((period) => DECLARED_VALUE_KEYS.map((key) => declaredValueIdOf(unitId, period, key))));
    return this.byIds<DeclaredValueDoc>(declaredValueProjection, ids);
  }
}

/** The request's FactReads (one per request, over the core's read-model connection). */
export const factsOf = (context: GatewayContext): FactReads => readerOf(context, 'reporting:facts', (readModels) => new FactReads(readModels.connection));
