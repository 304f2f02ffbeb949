import { assertNever, type Decider } from '@tn/shared-decider';
import { illegalStateError, validationError } from '../common/errors';
import { instantOf, requireIsoDate, requireIsoDateTime, requireNotAhead, requirePeriod, requireText } from '../common/rules';
import type { ActivityCommand, AddActivityFormation, EvaluateActivity, RecordActivityFollowUp } from './activity.commands';
import type { ActivityEvent } from './activity.events';
import { evolveActivity, initialActivity } from './activity.evolve';
import { requireBeforeCompletion, requireCompleted, requireTransition } from './activity.lifecycle';
import { recordParticipants } from './activity-participants';
import { requireFormation, requireProposal } from './activity.rules';
import type { ActivityState } from './activity.types';

function evaluate(command: EvaluateActivity, state: ActivityState): ActivityEvent[] {
  const { activityId, evaluatedOn, summary, rating } = command;
  requireTransition(state, activityId, 'EvaluateActivity');
  requireIsoDate(evaluatedOn, 'evaluatedOn');
  requireText(summary, 'ACTIVITY.EVALUATION_REQUIRED', 'summary', 'an evaluation summary');
  if (rating !== undefined && (!Number.isInteger(rating) || rating < 1 || rating > 5)) {
    throw validationError('ACTIVITY.RATING_INVALID', 'rating', 'a rating is a whole number from 1 to 5', { rating });
  }
  return [{ type: 'ActivityEvaluated', data: { activityId, evaluatedOn, summary, ...(rating === undefined ? {} : { rating }) } }];
}

/** A follow-up already recorded (same id) records nothing. */
function followUp(command: RecordActivityFollowUp, state: ActivityState): ActivityEvent[] {
  const { activityId, followUpId, recordedOn, note } = command;
  const activity = requireCompleted(state, activityId);
  requireText(followUpId, 'ACTIVITY.FOLLOW_UP_ID_REQUIRED', 'followUpId', 'a follow-up id');
  requireIsoDate(recordedOn, 'recordedOn');
  requireText(note, 'ACTIVITY.FOLLOW_UP_NOTE_REQUIRED', 'note', 'a follow-up note');
  if (activity.followUpIds.includes(followUpId)) return [];
  return [{ type: 'ActivityFollowUpRecorded', data: { activityId, followUpId, recordedOn, note } }];
}

function addFormation(command: AddActivityFormation, state: ActivityState): ActivityEvent[] {
  const activity = requireBeforeCompletion(state, command.activityId);
  requireIsoDate(command.addedOn, 'addedOn');
  const formation = requireFormation(command.formation);
  if (activity.formations[formation.formationId]) {
    throw illegalStateError('ACTIVITY.FORMATION_EXISTS', `formation ${formation.formationId} is already on the activity`, {
      formationId: formation.formationId,
    });
  }
  return [{ type: 'ActivityFormationAdded', data: { ...formation, activityId: command.activityId, addedOn: command.addedOn } }];
}

function decideActivity(command: ActivityCommand, state: ActivityState): ActivityEvent[] {
  const { activityId } = command;
  switch (command.type) {
    case 'ProposeActivity': {
      requireText(activityId, 'ACTIVITY.ID_REQUIRED', 'activityId', 'an activity id');
      if (state.status !== 'none') throw illegalStateError('ACTIVITY.ALREADY_EXISTS', `activity ${activityId} already exists`, { activityId });
      requireIsoDate(command.proposedOn, 'proposedOn');
      return [{ type: 'ActivityProposed', data: { ...requireProposal(command), activityId, proposedOn: command.proposedOn } }];
    }
    case 'PlanActivity': {
      requireTransition(state, activityId, command.type);
      requirePeriod(command.startsOn, command.endsOn, 'ACTIVITY.PERIOD_INVALID');
      requireIsoDate(command.plannedOn, 'plannedOn');
      return [{ type: 'ActivityPlanned', data: { activityId, startsOn: command.startsOn, endsOn: command.endsOn, plannedOn: command.plannedOn } }];
    }
    case 'PrepareActivity':
      requireTransition(state, activityId, command.type);
      requireIsoDate(command.preparedOn, 'preparedOn');
      return [{ type: 'ActivityPrepared', data: { activityId, preparedOn: command.preparedOn } }];
    case 'StartActivity':
      requireTransition(state, activityId, command.type);
      requireIsoDateTime(command.startedAt, 'startedAt');
      requireIsoDateTime(command.sentAt, 'sentAt');
      requireNotAhead(command.startedAt, command.sentAt, 'ACTIVITY.TIME_AHEAD', 'startedAt');
      return [{ type: 'ActivityStarted', data: { activityId, startedAt: command.startedAt } }];
    case 'CompleteActivity': {
      const activity = requireTransition(state, activityId, command.type);
      requireIsoDateTime(command.completedAt, 'completedAt');
      requireIsoDateTime(command.sentAt, 'sentAt');
      requireNotAhead(command.completedAt, command.sentAt, 'ACTIVITY.TIME_AHEAD', 'completedAt');
      if (activity.startedAt !== undefined && instantOf(command.completedAt) < instantOf(activity.startedAt)) {
        throw validationError('ACTIVITY.COMPLETED_BEFORE_START', 'completedAt', `the activity started at ${activity.startedAt}`, {
          startedAt: activity.startedAt,
        });
      }
      return [{ type: 'ActivityCompleted', data: { activityId, completedAt: command.completedAt } }];
    }
    case 'EvaluateActivity':
      return evaluate(command, state);
    case 'RecordActivityFollowUp':
      return followUp(command, state);
    case 'CancelActivity': {
      const activity = requireTransition(state, activityId, command.type);
      requireText(command.reason, 'ACTIVITY.CANCEL_REASON_REQUIRED', 'reason', 'a reason for cancelling');
      requireIsoDate(command.cancelledOn, 'cancelledOn');
      return [{ type: 'ActivityCancelled', data: { activityId, fromStatus: activity.status, reason: command.reason, cancelledOn: command.cancelledOn } }];
    }
    case 'AddActivityFormation':
      return addFormation(command, state);
    // The name is corrected while the activity can still change; its history keeps the old one.
    case 'RenameActivity':
      requireBeforeCompletion(state, activityId);
      requireText(command.name, 'ACTIVITY.NAME_REQUIRED', 'name', 'a name');
      requireIsoDate(command.renamedOn, 'renamedOn');
      return [{ type: 'ActivityRenamed', data: { activityId, name: command.name, renamedOn: command.renamedOn } }];
    case 'RecordActivityParticipants':
      return recordParticipants(command, state);
    default:
      return assertNever(command);
  }
}

/** An activity (one stream each) through its lifecycle; pure, dates and ids arrive in commands. */
export const activityDecider: Decider<ActivityCommand, ActivityEvent, ActivityState> = {
  initialState: initialActivity,
  decide: decideActivity,
  evolve: evolveActivity,
};
