import { capacityAssessmentIdOf, weightedCapacityScore } from '@tn/training-contracts';
import { assertNever, type Decider } from '@tn/shared-decider';
import { illegalStateError, validationError } from '../common/errors';
import { compact, requireText } from '../common/rules';
import type { AmendCapacityAssessment, CapacityAssessmentCommand, FinaliseCapacityAssessment, RecordCapacityAssessment } from './capacity-assessment.commands';
import type { CapacityAssessmentEvent } from './capacity-assessment.events';
import { evolveCapacityAssessment, initialCapacityAssessment } from './capacity-assessment.evolve';
import {
  requireAssessment,
  requireAssessmentActing,
  requireFollowUpPlan,
  requireNotFinalised,
  requirePeriod,
  requireRubricVersion,
  requireScores,
  requireSubject,
} from './capacity-assessment.rules';
import type { CapacityAssessmentState } from './capacity-assessment.types';

function record(command: RecordCapacityAssessment, state: CapacityAssessmentState): CapacityAssessmentEvent[] {
  const { assessmentId, rubricId, rubricVersion, period, today, actorId } = command;
  // The id is derived from rubric, subject and period: a second one for the three lands here.
  if (state.status !== 'none') {
    throw illegalStateError('CAPACITY_ASSESSMENT.ALREADY_RECORDED', `capacity assessment ${assessmentId} is already recorded`, { assessmentId });
  }
  requireAssessmentActing(command);
  requireText(assessmentId, 'CAPACITY_ASSESSMENT.FIELD_REQUIRED', 'assessmentId', 'an assessment id');
  requireText(rubricId, 'CAPACITY_ASSESSMENT.FIELD_REQUIRED', 'rubricId', 'a rubric');
  const subject = requireSubject(command.subject);
  requirePeriod(period, today);
  const expected = capacityAssessmentIdOf(rubricId, subject.id, period);
  if (assessmentId !== expected) {
    throw validationError('CAPACITY_ASSESSMENT.ID_MISMATCH', 'assessmentId', `the assessment id is ${expected}`, { expected });
  }
  const version = requireRubricVersion(command.rubric, command, subject);
  const scores = requireScores(command.scores, version.criteria, version.scale);
  const followUpPlan = requireFollowUpPlan(command.followUpPlan);
  const weightedScore = weightedCapacityScore(version.scale, scores);
  const scale = { min: version.scale.min, max: version.scale.max };
  return [
    {
      type: 'CapacityAssessmentRecorded',
      data: { assessmentId, subject, rubricId, rubricVersion, period, scale, scores, weightedScore, followUpPlan, assessedBy: actorId, assessedOn: today },
    },
  ];
}

/** New scores (every criterion again) and/or a new plan; the same ones again decide nothing. */
function amend(command: AmendCapacityAssessment, state: CapacityAssessmentState): CapacityAssessmentEvent[] {
  const assessment = requireNotFinalised(requireAssessment(state, command.assessmentId));
  requireAssessmentActing(command);
  if (command.scores === undefined && command.followUpPlan === undefined) {
    throw validationError('CAPACITY_ASSESSMENT.AMENDMENT_EMPTY', 'scores', 'an amendment changes the scores, the follow-up plan or both');
  }
  const scores = command.scores === undefined ? assessment.scores : requireScores(command.scores, assessment.scores, assessment.scale);
  const followUpPlan = command.followUpPlan === undefined ? assessment.followUpPlan : requireFollowUpPlan(command.followUpPlan);
  if (followUpPlan === assessment.followUpPlan && JSON.stringify(scores) === JSON.stringify(assessment.scores)) return [];
  const weightedScore = weightedCapacityScore(assessment.scale, scores);
  const { assessmentId, note, actorId, today } = command;
  const data = { assessmentId, scores: [...scores], weightedScore, followUpPlan, note: note?.trim() ? note : undefined, amendedBy: actorId, amendedOn: today };
  return [{ type: 'CapacityAssessmentAmended', data: compact(data) }];
}

function finalise(command: FinaliseCapacityAssessment, state: CapacityAssessmentState): CapacityAssessmentEvent[] {
  const assessment = requireNotFinalised(requireAssessment(state, command.assessmentId));
  requireAssessmentActing(command);
  const { assessmentId, weightedScore } = assessment;
  return [{ type: 'CapacityAssessmentFinalised', data: { assessmentId, weightedScore, finalisedBy: command.actorId, finalisedOn: command.today } }];
}

function decideCapacityAssessment(command: CapacityAssessmentCommand, state: CapacityAssessmentState): CapacityAssessmentEvent[] {
  switch (command.type) {
    case 'RecordCapacityAssessment':
      return record(command, state);
    case 'AmendCapacityAssessment':
      return amend(command, state);
    case 'FinaliseCapacityAssessment':
      return finalise(command, state);
    default:
      return assertNever(command);
  }
}

/** A capacity assessment (one stream per rubric, subject and period): recorded, amended until finalised. */
export const capacityAssessmentDecider: Decider<CapacityAssessmentCommand, CapacityAssessmentEvent, CapacityAssessmentState> = {
  initialState: initialCapacityAssessment,
  decide: decideCapacityAssessment,
  evolve: evolveCapacityAssessment,
};
