import { parsePeriod, type Period } from '@tn/reporting-contracts';
import { type HierarchyState, type UnitProfile, versionAsOf } from '@tn/shared-unit-hierarchy';
import type { ValidityExtension } from '@tn/training-contracts';
import type {
  ActivityFactDoc,
  AgreementFactDoc,
  CadreFactDoc,
  CampaignFactDoc,
  DeclaredValueDoc,
  GroupFactDoc,
  ModelFactDoc,
  QualificationKindFactDoc,
} from '../facts/fact-docs';
import { type Attribution, attributionAt, subtreeOn } from './attribution';

/**
 * What an evaluation reads: the hierarchy and the fact documents of the units attributed to the
 * subtree (`unitsAttributedTo`). More documents do no harm (each fact's carrier is checked), fewer
 * leave facts out.
 */
export interface EvaluationInputs {
  hierarchy: HierarchyState;
  activities: readonly ActivityFactDoc[];
  campaigns: readonly CampaignFactDoc[];
  cadres: readonly CadreFactDoc[];
  qualificationKinds: readonly QualificationKindFactDoc[];
  models: readonly ModelFactDoc[];
  groups: readonly GroupFactDoc[];
  agreements: readonly AgreementFactDoc[];
  declared: readonly DeclaredValueDoc[];
}

/** One value asked for: a unit with its subtree, a period key, and the structure date it is attributed to. */
export interface IndicatorQuery {
  rootUnitId: string;
  period: string;
  structureDate: string;
  /**
   * The server's business date (YYYY-MM-DD, Vietnam). Stocks of a period still under way are taken
   * on it rather than on a last day that has not come (see `stocksDayOf`). Absent: the period's last day.
   */
  today?: string;
}

/** The inputs read once for a query, shared by every definition evaluated for it. */
export interface EvaluationContext {
  readonly inputs: EvaluationInputs;
  readonly query: IndicatorQuery;
  readonly period: Period;
  /** The period's last day. */
  readonly lastDay: string;
  /** The day stocks are taken: the period's last day, or today while the period is under way. */
  readonly stocksOn: string;
  readonly attribution: Attribution;
  /** The root and every unit under it on the structure date (any status). */
  readonly subtree: readonly string[];
  readonly subtreeIds: ReadonlySet<string>;
  readonly cadresByPerson: ReadonlyMap<string, CadreFactDoc>;
  readonly modelsById: ReadonlyMap<string, ModelFactDoc>;
  /** The unit's profile on the structure date (the filters read it), if it existed then. */
  profileOf(unitId: string): UnitProfile | undefined;
  /** A qualification kind's blanket extensions, in the order they were declared. */
  extensionsOf(kindId: string): readonly ValidityExtension[];
  /** Memo for measures evaluated more than once (a ratio's parts, coverage conditions). */
  readonly memo: Map<string, unknown>;
}

export class InvalidPeriodKeyError extends RangeError {
  constructor(readonly key: string) {
    super(`not a period key: ${key} (expected Y2025, H2025-1, Q2025-3 or M2025-07)`);
  }
}

/**
 * The earlier of the period's last day and today: a period still under way is read as it stands,
 * not on a future day by which qualifications and agreements would have lapsed and groups gone quiet.
 */
export function stocksDayOf(period: Period, today: string | undefined): string {
  return today !== undefined && today < period.to ? today : period.to;
}

export function evaluationContextOf(query: IndicatorQuery, inputs: EvaluationInputs): EvaluationContext {
  const period = parsePeriod(query.period);
  if (!period) throw new InvalidPeriodKeyError(query.period);
  const subtree = subtreeOn(inputs.hierarchy, query.rootUnitId, query.structureDate);
  const kindsById = new Map(inputs.qualificationKinds.map((kind) => [kind.kindId, kind]));
  return {
    inputs,
    query,
    period,
    lastDay: period.to,
    stocksOn: stocksDayOf(period, query.today),
    attribution: attributionAt(inputs.hierarchy, query.structureDate),
    subtree,
    subtreeIds: new Set(subtree),
    cadresByPerson: new Map(inputs.cadres.map((cadre) => [cadre.personId, cadre])),
    modelsById: new Map(inputs.models.map((model) => [model.modelId, model])),
    profileOf: (unitId) => versionAsOf(inputs.hierarchy.units[unitId], query.structureDate)?.profile,
    extensionsOf: (kindId) => kindsById.get(kindId)?.extensions ?? [],
    memo: new Map(),
  };
}
