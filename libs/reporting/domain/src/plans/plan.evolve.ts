import { assertNever } from '@tn/shared-decider';
import type { PlanEvent } from './plan.events';
import type { PlanContent, PlanState } from './plan.types';

export const initialPlan = (): PlanState => ({ status: 'none', planId: '', ownerUnitId: '', adoptions: {} });

const contentOf = ({ title, period, objectives, indicators }: PlanContent): PlanContent => ({ title, period, objectives, indicators });

export function evolvePlan(state: PlanState, event: PlanEvent): PlanState {
  switch (event.type) {
    case 'PlanDrafted':
      return { status: 'draft', planId: event.data.planId, ownerUnitId: event.data.ownerUnitId, content: contentOf(event.data), adoptions: {} };
    case 'PlanRevised':
      return { ...state, content: contentOf(event.data) };
    case 'PlanPublished':
      return { ...state, status: 'published' };
    case 'PlanAdoptionRecorded':
      return { ...state, adoptions: { ...state.adoptions, [event.data.adoptingUnitId]: event.data.localPlanId } };
    case 'PlanAdopted': {
      const content = contentOf(event.data);
      return {
        status: 'adopted',
        planId: event.data.planId,
        ownerUnitId: event.data.ownerUnitId,
        content,
        adoptions: {},
        parentPlanId: event.data.parentPlanId,
        // The targets it was adopted with are the parent's for this unit: the floor of its own.
        parentTargets: Object.fromEntries(content.indicators.map((indicator) => [indicator.indicatorId, indicator.targets])),
      };
    }
    case 'PlanTargetsSet': {
      if (!state.content) return state;
      const { indicatorId, targets } = event.data;
      const indicators = state.content.indicators.map((indicator) => (indicator.indicatorId === indicatorId ? { ...indicator, targets } : indicator));
      return { ...state, content: { ...state.content, indicators } };
    }
    default:
      return assertNever(event);
  }
}
