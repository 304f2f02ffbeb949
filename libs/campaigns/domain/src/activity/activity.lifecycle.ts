import { illegalStateError, notFoundError } from '../common/errors';
import type { TransitionCommand } from './activity.commands';
import type { ActivityStatus } from '@tn/campaigns-contracts';
import { type ActivityState, BEFORE_COMPLETION, type ExistingActivity, NOT_STARTED } from './activity.types';

interface Transition {
  from: readonly ActivityStatus[];
  to: ActivityStatus;
}

/** The lifecycle as data: for each transition command, the states it leaves from and the state it reaches. */
export const TRANSITIONS: Readonly<Record<TransitionCommand['type'], Transition>> = {
  PlanActivity: { from: ['needs-survey'], to: 'planned' },
  PrepareActivity: { from: ['planned'], to: 'prepared' },
  StartActivity: { from: ['prepared'], to: 'in-progress' },
  CompleteActivity: { from: ['in-progress'], to: 'completed' },
  EvaluateActivity: { from: ['completed'], to: 'evaluated' },
  CancelActivity: { from: BEFORE_COMPLETION, to: 'cancelled' },
};

export function requireActivity(state: ActivityState, activityId: string): ExistingActivity {
  if (state.status === 'none') throw notFoundError('ACTIVITY.NOT_FOUND', `activity ${activityId} does not exist`, { activityId });
  return state;
}

/**
 * Refuses a transition the lifecycle does not allow. Completing an activity that never started
 * has its own code (ACTIVITY.NOT_STARTED); every other refusal is ACTIVITY.ILLEGAL_TRANSITION.
 * Both carry `from` and `to`.
 */
export function requireTransition(state: ActivityState, activityId: string, command: TransitionCommand['type']): ExistingActivity {
  const activity = requireActivity(state, activityId);
  const { from, to } = TRANSITIONS[command];
  if (from.includes(activity.status)) return activity;
  const details = { activityId, from: activity.status, to };
  if (command === 'CompleteActivity' && NOT_STARTED.includes(activity.status)) {
    throw illegalStateError('ACTIVITY.NOT_STARTED', `activity ${activityId} cannot be completed: it never started`, details);
  }
  throw illegalStateError('ACTIVITY.ILLEGAL_TRANSITION', `activity ${activityId} cannot go from ${activity.status} to ${to}`, details);
}

/** Teams change only before completion. */
export function requireBeforeCompletion(state: ActivityState, activityId: string): ExistingActivity {
  const activity = requireActivity(state, activityId);
  if (!BEFORE_COMPLETION.includes(activity.status)) {
    throw illegalStateError('ACTIVITY.CLOSED', `activity ${activityId} is ${activity.status}`, { activityId, status: activity.status });
  }
  return activity;
}

/** Follow-ups maintain results: only once the activity is completed (or evaluated). */
export function requireCompleted(state: ActivityState, activityId: string): ExistingActivity {
  const activity = requireActivity(state, activityId);
  if (activity.status !== 'completed' && activity.status !== 'evaluated') {
    throw illegalStateError('ACTIVITY.NOT_COMPLETED', `activity ${activityId} is ${activity.status}, not completed`, {
      activityId,
      status: activity.status,
    });
  }
  return activity;
}
