import { assertNever } from '@tn/shared-decider';
import type { CapacityAssessmentEvent } from './capacity-assessment.events';
import type { CapacityAssessmentState } from './capacity-assessment.types';

export const initialCapacityAssessment = (): CapacityAssessmentState => ({ status: 'none' });

export function evolveCapacityAssessment(state: CapacityAssessmentState, event: CapacityAssessmentEvent): CapacityAssessmentState {
  if (event.type === 'CapacityAssessmentRecorded') {
    const { assessmentId, subject, rubricId, rubricVersion, period, scale, scores, weightedScore, followUpPlan, assessedBy, assessedOn } = event.data;
    return { status: 'recorded', assessmentId, subject, rubricId, rubricVersion, period, scale, scores, weightedScore, followUpPlan, assessedBy, assessedOn };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'CapacityAssessmentAmended': {
      const { scores, weightedScore, followUpPlan } = event.data;
      return { ...state, scores, weightedScore, followUpPlan };
    }
    case 'CapacityAssessmentFinalised':
      return { ...state, status: 'finalised', weightedScore: event.data.weightedScore, finalisedOn: event.data.finalisedOn };
    default:
      return assertNever(event);
  }
}
