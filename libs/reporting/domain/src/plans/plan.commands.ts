import type { planCommandTypes } from '@tn/reporting-contracts';
import type { CommandNamed, CommandsOf } from '@tn/shared-event-contracts';
import type { ActFacts } from '../common/act';
import type { PlanState } from './plan.types';

/** The plan indicators a plan names, as the route found them on their own streams (an id missing here is unknown; K1–K5 are not looked up). */
export interface PlanIndicatorFacts {
  planIndicatorStatuses: Readonly<Record<string, 'active' | 'retired'>>;
}

/** The plan's commands: each payload (its one schema is in the contracts) with the act's facts and what the route looked up. */
export type PlanCommand = CommandsOf<
  typeof planCommandTypes,
  {
    DraftPlan: ActFacts & PlanIndicatorFacts;
    RevisePlan: ActFacts & PlanIndicatorFacts;
    PublishPlan: ActFacts;
    /** The adopting unit and the units above it on the server's today (this service's copy of the hierarchy); empty when unknown. */
    AdoptPlan: ActFacts & { adoptingUnitLineage: readonly string[] };
    /** The published plan as its stream stands, and the adopting unit's level label today (undefined when unknown). */
    OpenAdoptedPlan: ActFacts & { parent: PlanState; adoptingLevelLabel?: string };
    SetPlanTargets: ActFacts;
  }
>;

export type DraftPlanCommand = CommandNamed<PlanCommand, 'DraftPlan'>;
export type RevisePlanCommand = CommandNamed<PlanCommand, 'RevisePlan'>;
export type PublishPlanCommand = CommandNamed<PlanCommand, 'PublishPlan'>;
export type AdoptPlanCommand = CommandNamed<PlanCommand, 'AdoptPlan'>;
export type OpenAdoptedPlanCommand = CommandNamed<PlanCommand, 'OpenAdoptedPlan'>;
export type SetPlanTargetsCommand = CommandNamed<PlanCommand, 'SetPlanTargets'>;
