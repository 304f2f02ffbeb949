import { type CommandRoute, routesOf } from '@tn/shared-event-sourcing-nest';
import { vietnamDateOf } from '@tn/shared-unit-hierarchy';
import { isProgrammeIndicatorId, planCommandTypes } from '@tn/reporting-contracts';
import { PLAN_STREAM_TYPE, planDecider, type PlanIndicatorFacts } from '@tn/reporting-domain';
import { acting } from '../acting';
import type { ReportingLookups } from '../lookups';

/** What the plan routes look up: indicators and plans on their own streams, units in this service's copy of the hierarchy. */
export type PlanLookups = Pick<ReportingLookups, 'indicatorOf' | 'planOf' | 'lineageOf' | 'levelLabelOf'>;

/** The plan indicators a plan names, each read from its own stream (K1–K5 are constants: not looked up); those that do not exist are left out. */
async function planIndicatorStatusesOf(lookups: PlanLookups, indicators: readonly { indicatorId: string }[]): Promise<PlanIndicatorFacts> {
  const ids = [...new Set(indicators.map((indicator) => indicator.indicatorId))].filter((id) => !isProgrammeIndicatorId(id));
  const states = await Promise.all(ids.map((id) => lookups.indicatorOf(id)));
  const statuses: Record<string, 'active' | 'retired'> = {};
  ids.forEach((id, index) => {
    const status = states[index]?.status;
    if (status === 'active' || status === 'retired') statuses[id] = status;
  });
  return { planIndicatorStatuses: statuses };
}

/**
 * Plans: one stream each. A draft or revision carries the state of each plan indicator it names;
 * an adoption, decided on the published plan's stream, carries the adopting unit's lineage on the
 * server's today; opening the local plan carries the published plan's stream as it stands and
 * the adopting unit's level today (which targets apply to it).
 */
export const planRoutes = (lookups: PlanLookups): CommandRoute[] =>
  routesOf(
    planCommandTypes,
    { streamType: PLAN_STREAM_TYPE, decider: planDecider },
    {
      DraftPlan: ({ indicators }) => planIndicatorStatusesOf(lookups, indicators),
      RevisePlan: ({ indicators }) => planIndicatorStatusesOf(lookups, indicators),
      AdoptPlan: ({ adoptingUnitId }, envelope) => ({ adoptingUnitLineage: lookups.lineageOf(adoptingUnitId, vietnamDateOf(envelope.issuedAt)) }),
      OpenAdoptedPlan: async ({ planId, adoptingUnitId }, envelope) => {
        const level = lookups.levelLabelOf(adoptingUnitId, vietnamDateOf(envelope.issuedAt));
        return { parent: await lookups.planOf(planId), ...(level === undefined ? {} : { adoptingLevelLabel: level }) };
      },
    },
  ).map(acting);
