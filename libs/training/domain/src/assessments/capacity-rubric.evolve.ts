import { assertNever } from '@tn/shared-decider';
import type { CapacityRubricEvent } from './capacity-rubric.events';
import type { CapacityRubricState } from './capacity-rubric.types';

export const initialCapacityRubric = (): CapacityRubricState => ({ status: 'none' });

export function evolveCapacityRubric(state: CapacityRubricState, event: CapacityRubricEvent): CapacityRubricState {
  switch (event.type) {
    case 'CapacityRubricDefined': {
      const { rubricId, ownerUnitId, subjectKind, level, version, title, scale, criteria } = event.data;
      return { status: 'defined', rubricId, ownerUnitId, subjectKind, level, versions: [{ version, title, scale, criteria }] };
    }
    case 'CapacityRubricRevised': {
      if (state.status === 'none') return state;
      const { version, title, scale, criteria } = event.data;
      return { ...state, versions: [...state.versions, { version, title, scale, criteria }] };
    }
    default:
      return assertNever(event);
  }
}
