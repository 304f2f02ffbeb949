import { assertNever } from '@tn/shared-decider';
import type { CoordinationModelEvent } from './coordination-model.events';
import type { CoordinationModelState } from './coordination-model.types';

export const initialCoordinationModel = (): CoordinationModelState => ({ status: 'none' });

export function evolveCoordinationModel(state: CoordinationModelState, event: CoordinationModelEvent): CoordinationModelState {
  if (event.type === 'CoordinationModelDrafted') {
    const { modelId, name, description, curriculumId, ownerUnitId } = event.data;
    return { status: 'draft', modelId, name, description, curriculumId, ownerUnitId };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'CoordinationModelRevised': {
      const { name, description, curriculumId } = event.data;
      return { ...state, name, description, curriculumId };
    }
    case 'CoordinationModelPublished': {
      const { publishedBy, publishedOn } = event.data;
      return { ...state, status: 'published', publication: { publishedBy, publishedOn } };
    }
    case 'CoordinationModelRetired':
      return { ...state, status: 'retired' };
    default:
      return assertNever(event);
  }
}
