import { assertNever } from '@tn/shared-decider';
import type { ActivityEvent } from './activity.events';
import type { ActivityStatus } from '@tn/campaigns-contracts';
import type { ActivityState } from './activity.types';

export const initialActivity = (): ActivityState => ({ status: 'none' });

const moveTo = (state: ActivityState, status: ActivityStatus): ActivityState => (state.status === 'none' ? state : { ...state, status });

export function evolveActivity(state: ActivityState, event: ActivityEvent): ActivityState {
  switch (event.type) {
    case 'ActivityProposed':
      return { status: 'needs-survey', activityId: event.data.activityId, formations: {}, followUpIds: [], participantGroupIds: [], participantPartnerIds: [] };
    case 'ActivityPlanned':
      return moveTo(state, 'planned');
    case 'ActivityPrepared':
      return moveTo(state, 'prepared');
    case 'ActivityStarted':
      return state.status === 'none' ? state : { ...state, status: 'in-progress', startedAt: event.data.startedAt };
    case 'ActivityCompleted':
      return moveTo(state, 'completed');
    case 'ActivityEvaluated':
      return moveTo(state, 'evaluated');
    case 'ActivityCancelled':
      return moveTo(state, 'cancelled');
    case 'ActivityFollowUpRecorded':
      return state.status === 'none' ? state : { ...state, followUpIds: [...state.followUpIds, event.data.followUpId] };
    case 'ActivityFormationAdded': {
      if (state.status === 'none') return state;
      const { formationId, name, composition, specialisation } = event.data;
      const formation = { formationId, name, composition, ...(specialisation === undefined ? {} : { specialisation }) };
      return { ...state, formations: { ...state.formations, [formationId]: formation } };
    }
    // Decisions never read the name.
    case 'ActivityRenamed':
      return state;
    case 'ActivityParticipantsRecorded':
      return state.status === 'none' ? state : { ...state, participantGroupIds: event.data.groupIds, participantPartnerIds: event.data.partnerIds };
    default:
      return assertNever(event);
  }
}
