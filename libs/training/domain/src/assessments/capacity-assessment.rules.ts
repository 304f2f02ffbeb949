import {
  assessmentPeriodOf,
  CAPACITY_SUBJECT_KINDS,
  type CapacityCriterionScore,
  type CapacityScale,
  type CapacityScorePart,
  type CapacitySubject,
  type CapacitySubjectPart,
  type WeightedCriterion,
} from '@tn/training-contracts';
import { illegalStateError, notFoundError, validationError } from '../common/errors';
import { requireOneOf, requireText } from '../common/rules';
import { type Acting, requireActing } from './acting';
import type { CapacityRubricVersion, LookedUpRubricVersion } from './capacity-rubric.types';
import type { CapacityAssessmentState, RecordedCapacityAssessment } from './capacity-assessment.types';

export const requireAssessmentActing = (command: Acting) =>
  requireActing(command, { date: 'CAPACITY_ASSESSMENT.DATE_INVALID', actor: 'CAPACITY_ASSESSMENT.FIELD_REQUIRED' });

export function requireAssessment(state: CapacityAssessmentState, assessmentId: string): RecordedCapacityAssessment {
  if (state.status === 'none') throw notFoundError('CAPACITY_ASSESSMENT.NOT_FOUND', `capacity assessment ${assessmentId} is not recorded`, { assessmentId });
  return state;
}

/** Amendments and finalisation stop once an assessment is final. */
export function requireNotFinalised(assessment: RecordedCapacityAssessment): RecordedCapacityAssessment {
  if (assessment.status === 'finalised') {
    const { assessmentId, finalisedOn } = assessment;
    throw illegalStateError('CAPACITY_ASSESSMENT.FINALISED', `capacity assessment ${assessmentId} was finalised on ${finalisedOn}`, {
      assessmentId,
      finalisedOn,
    });
  }
  return assessment;
}

/** A unit is its own unit; a cadre names the unit they serve in. */
export function requireSubject(subject: CapacitySubjectPart): CapacitySubject {
  const { kind, id, unitId } = subject ?? ({} as CapacitySubjectPart);
  requireOneOf(kind, CAPACITY_SUBJECT_KINDS, 'CAPACITY_ASSESSMENT.SUBJECT_INVALID', 'subject.kind');
  requireText(id, 'CAPACITY_ASSESSMENT.FIELD_REQUIRED', 'subject.id', 'the subject');
  requireText(unitId, 'CAPACITY_ASSESSMENT.FIELD_REQUIRED', 'subject.unitId', "the subject's unit");
  if (kind === 'unit' && unitId !== id) {
    throw validationError('CAPACITY_ASSESSMENT.SUBJECT_INVALID', 'subject.unitId', 'a unit assessed is its own unit', { id, unitId });
  }
  return { kind, id, unitId };
}

/** `2026`, `2026-H1` or `2026-Q3`, already begun on `today` (a period is assessed during or after it). */
export function requirePeriod(period: string, today: string): void {
  const parsed = assessmentPeriodOf(period);
  if (!parsed) throw validationError('CAPACITY_ASSESSMENT.PERIOD_INVALID', 'period', `"${String(period)}" is not a year, half-year or quarter`, { period });
  if (parsed.startsOn > today) {
    throw validationError('CAPACITY_ASSESSMENT.PERIOD_NOT_STARTED', 'period', `${period} starts on ${parsed.startsOn}, after today`, {
      period,
      startsOn: parsed.startsOn,
      today,
    });
  }
}

/** The rubric version the route looked up, for a subject of the kind it assesses. */
export function requireRubricVersion(
  rubric: LookedUpRubricVersion,
  command: { rubricId: string; rubricVersion: number },
  subject: CapacitySubject,
): CapacityRubricVersion {
  const { rubricId, rubricVersion } = command;
  if (rubric.status === 'none') throw notFoundError('CAPACITY_RUBRIC.NOT_FOUND', `capacity rubric ${rubricId} is not defined`, { rubricId });
  if (rubric.status === 'version-unknown') {
    throw validationError('CAPACITY_RUBRIC.VERSION_UNKNOWN', 'rubricVersion', `capacity rubric ${rubricId} has no version ${rubricVersion}`, {
      rubricId,
      rubricVersion,
      latestVersion: rubric.latestVersion,
    });
  }
  if (rubric.subjectKind !== subject.kind) {
    throw validationError('CAPACITY_ASSESSMENT.RUBRIC_SUBJECT_MISMATCH', 'subject.kind', `capacity rubric ${rubricId} assesses a ${rubric.subjectKind}`, {
      rubricSubjectKind: rubric.subjectKind,
    });
  }
  return rubric.version;
}

function requireScoreInScale(score: number, scale: CapacityScale, field: string): void {
  if (!Number.isFinite(score) || score < scale.min || score > scale.max) {
    throw validationError('CAPACITY_ASSESSMENT.SCORE_OUT_OF_SCALE', field, `a score runs from ${scale.min} to ${scale.max}`, { score, ...scale });
  }
}

/**
 * Every criterion of the rubric version scored exactly once, within the scale: the scores with
 * their criteria's weights, in the rubric's criterion order (so two scorings compare row by row).
 */
export function requireScores(scores: readonly CapacityScorePart[], criteria: readonly WeightedCriterion[], scale: CapacityScale): CapacityCriterionScore[] {
  const given = new Map<string, CapacityScorePart>();
  (Array.isArray(scores) ? scores : []).forEach((part, index) => {
    const field = `scores.${index}`;
    const criterionId = part?.criterionId;
    if (!criteria.some((criterion) => criterion.criterionId === criterionId)) {
      throw validationError('CAPACITY_ASSESSMENT.CRITERION_UNKNOWN', `${field}.criterionId`, `the rubric version has no criterion ${criterionId}`, {
        criterionId,
      });
    }
    if (given.has(criterionId)) {
      throw validationError('CAPACITY_ASSESSMENT.CRITERION_SCORED_TWICE', `${field}.criterionId`, `criterion ${criterionId} is scored twice`, { criterionId });
    }
    requireScoreInScale(part.score, scale, `${field}.score`);
    given.set(criterionId, part);
  });
  const missing = criteria.filter((criterion) => !given.has(criterion.criterionId)).map((criterion) => criterion.criterionId);
  if (missing.length > 0) {
    throw validationError('CAPACITY_ASSESSMENT.CRITERION_NOT_SCORED', 'scores', `every criterion is scored: ${missing.join(', ')} is not`, {
      criterionIds: missing,
    });
  }
  // Every criterion is in `given` by now; flatMap keeps the types honest without asserting it.
  return criteria.flatMap(({ criterionId, weight }) => {
    const part = given.get(criterionId);
    if (!part) return [];
    const evidence = typeof part.evidence === 'string' && part.evidence.trim() ? { evidence: part.evidence } : {};
    return [{ criterionId, score: part.score, weight, ...evidence }];
  });
}

export function requireFollowUpPlan(plan: string | undefined): string {
  if (typeof plan !== 'string' || !plan.trim()) throw validationError('CAPACITY_ASSESSMENT.FIELD_REQUIRED', 'followUpPlan', 'a follow-up plan is required');
  return plan;
}
