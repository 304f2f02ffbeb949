import { assertNever } from '@tn/shared-decider';
import type { CurriculumEvent } from './curriculum.events';
import type { CurriculumState } from './curriculum.types';

export const initialCurriculum = (): CurriculumState => ({ status: 'none' });

export function evolveCurriculum(state: CurriculumState, event: CurriculumEvent): CurriculumState {
  if (event.type === 'CurriculumDefined') {
    const { curriculumId, title, targetGroup, ownerUnitId, revision, modules } = event.data;
    return { status: 'published', curriculumId, title, targetGroup, ownerUnitId, revision, modules };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'CurriculumRevised':
      return { ...state, revision: event.data.revision, title: event.data.title, modules: event.data.modules };
    case 'CurriculumRetired':
      return { ...state, status: 'retired' };
    default:
      return assertNever(event);
  }
}
