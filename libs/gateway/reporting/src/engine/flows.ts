import { type FlowFactKind, type FlowFilter, periodContains } from '@tn/reporting-contracts';
import type { ActivityFactDoc, ActivityResultFact, CampaignFactDoc } from '../facts/fact-docs';
import type { EvaluationContext } from './evaluation-context';
import { trainedOnCurriculumBy } from './fact-inputs';
import { Tally } from './tally';
import { listAllows, listSharesAny, unitPasses } from './unit-filter';

/**
 * Flow facts: things that happened on a day of the period (activities, campaigns, an activity's
 * outputs and resources, joint activities). A cancelled activity counts for nothing, its results
 * included. Activities and campaigns weigh 1; outputs and resources their quantity.
 */

/** One flow fact with what the filters read: results read their activity's domains, initiator, model and cadre. */
interface FlowFact {
  unitId: string;
  on: string;
  quantity: number;
  subject: ActivityFactDoc | CampaignFactDoc;
  result?: ActivityResultFact;
}

const isActivity = (subject: ActivityFactDoc | CampaignFactDoc): subject is ActivityFactDoc => 'activityId' in subject;

const isJoint = (activity: ActivityFactDoc) => activity.groupIds.length > 0 || activity.partnerIds.length > 0;

function* flowFactsOf(kind: FlowFactKind, context: EvaluationContext): Generator<FlowFact> {
  const { inputs, period } = context;
  if (kind === 'campaign') {
    for (const campaign of inputs.campaigns) {
      if (periodContains(period, campaign.on)) yield { unitId: campaign.organiserUnitId, on: campaign.on, quantity: 1, subject: campaign };
    }
    return;
  }
  for (const activity of inputs.activities) {
    if (activity.cancelled) continue;
    if (kind === 'activity' || kind === 'joint-activity') {
      if (kind === 'joint-activity' && !isJoint(activity)) continue;
      if (periodContains(period, activity.on)) yield { unitId: activity.organiserUnitId, on: activity.on, quantity: 1, subject: activity };
      continue;
    }
    for (const result of Object.values(activity.results)) {
      if (result.kind === kind && periodContains(period, result.on)) {
        yield { unitId: activity.organiserUnitId, on: result.on, quantity: result.quantity, subject: activity, result };
      }
    }
  }
}

/**
 * Whether the responsible cadre had completed training on the curriculum of the model the activity
 * names on or before its day (K3). A campaign names no responsible cadre.
 */
export function modelTrainedFor(subject: ActivityFactDoc | CampaignFactDoc, context: EvaluationContext): boolean {
  if (!isActivity(subject) || subject.coordinationModelId === undefined) return false;
  const model = context.modelsById.get(subject.coordinationModelId);
  const cadre = context.cadresByPerson.get(subject.responsibleCadreId);
  if (!model || !cadre) return false;
  return trainedOnCurriculumBy(cadre, model.curriculumId, subject.on);
}

/** The measures a fact stands for: a result's own, or every result an activity recorded (a campaign records none here). */
function measuresOf(fact: FlowFact): string[] {
  if (fact.result) return [fact.result.measure];
  return isActivity(fact.subject) ? Object.values(fact.subject.results).map((result) => result.measure) : [];
}

function flowPasses(fact: FlowFact, carrierId: string, filter: FlowFilter | undefined, context: EvaluationContext): boolean {
  if (!filter) return true;
  const { subject } = fact;
  if (!listSharesAny(filter.domains, subject.domains)) return false;
  if (!listAllows(filter.initiators, subject.initiator)) return false;
  if (filter.namesModel !== undefined && (subject.coordinationModelId !== undefined) !== filter.namesModel) return false;
  if (filter.measures !== undefined && filter.measures.length > 0 && !listSharesAny(filter.measures, measuresOf(fact))) return false;
  if (filter.units !== undefined) {
    const profile = context.profileOf(carrierId);
    if (!profile || !unitPasses(profile, filter.units)) return false;
  }
  // Last: it looks up the cadre's training.
  if (filter.modelTrained !== undefined && modelTrainedFor(subject, context) !== filter.modelTrained) return false;
  return true;
}

/** Flow facts of the kinds (each kind counted on its own) in the period, by carrier: how many, or their summed quantity. */
export function flowTally(kinds: readonly FlowFactKind[], filter: FlowFilter | undefined, aggregate: 'count' | 'quantity', context: EvaluationContext): Tally {
  const tally = new Tally(false);
  for (const kind of new Set(kinds)) {
    for (const fact of flowFactsOf(kind, context)) {
      const carrierId = context.attribution.carrierOf(fact.unitId, fact.on);
      if (carrierId === undefined || !context.subtreeIds.has(carrierId)) continue;
      if (flowPasses(fact, carrierId, filter, context)) tally.add(carrierId, aggregate === 'count' ? 1 : fact.quantity);
    }
  }
  return tally;
}
