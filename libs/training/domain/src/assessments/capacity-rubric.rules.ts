import { CAPACITY_RUBRIC_LEVELS, CAPACITY_SUBJECT_KINDS, type CapacityRubricCriterion, type CapacityScale } from '@tn/training-contracts';
import { notFoundError, validationError } from '../common/errors';
import { requireOneOf, requireText, requireWholeNumberIn } from '../common/rules';
import { type Acting, requireActing } from './acting';
import type { DefineCapacityRubric, ReviseCapacityRubric } from './capacity-rubric.commands';
import type { CapacityRubricState, CapacityRubricVersion, DefinedCapacityRubric } from './capacity-rubric.types';

/** A scale has whole-number bounds within 0..100 (1..5, 0..10, 0..100 …). */
export const SCALE_FLOOR = 0;
export const SCALE_CEILING = 100;

export function requireRubric(state: CapacityRubricState, rubricId: string): DefinedCapacityRubric {
  if (state.status === 'none') throw notFoundError('CAPACITY_RUBRIC.NOT_FOUND', `capacity rubric ${rubricId} is not defined`, { rubricId });
  return state;
}

export const requireRubricActing = (command: Acting) =>
  requireActing(command, { date: 'CAPACITY_RUBRIC.DATE_INVALID', actor: 'CAPACITY_RUBRIC.FIELD_REQUIRED' });

function requireScale(scale: CapacityScale): CapacityScale {
  requireWholeNumberIn(scale?.min, SCALE_FLOOR, SCALE_CEILING - 1, 'CAPACITY_RUBRIC.SCALE_INVALID', 'scale.min');
  requireWholeNumberIn(scale.max, SCALE_FLOOR + 1, SCALE_CEILING, 'CAPACITY_RUBRIC.SCALE_INVALID', 'scale.max');
  if (scale.max <= scale.min)
    throw validationError('CAPACITY_RUBRIC.SCALE_INVALID', 'scale.max', 'the scale runs from a lower to a higher score', { ...scale });
  return { min: scale.min, max: scale.max };
}

/** At least one criterion, ids unique, each with a title and a positive weight (weights are relative). */
function requireCriteria(criteria: readonly CapacityRubricCriterion[]): CapacityRubricCriterion[] {
  if (!Array.isArray(criteria) || criteria.length === 0)
    throw validationError('CAPACITY_RUBRIC.CRITERIA_REQUIRED', 'criteria', 'a rubric has at least one criterion');
  const seen = new Set<string>();
  return criteria.map(({ criterionId, title, weight }, index) => {
    requireText(criterionId, 'CAPACITY_RUBRIC.FIELD_REQUIRED', `criteria.${index}.criterionId`, 'a criterion id');
    if (seen.has(criterionId)) {
      throw validationError('CAPACITY_RUBRIC.CRITERION_DUPLICATE', `criteria.${index}.criterionId`, `criterion ${criterionId} is listed twice`, {
        criterionId,
      });
    }
    seen.add(criterionId);
    requireText(title, 'CAPACITY_RUBRIC.FIELD_REQUIRED', `criteria.${index}.title`, 'a criterion title');
    if (!Number.isFinite(weight) || weight <= 0) {
      throw validationError('CAPACITY_RUBRIC.WEIGHT_INVALID', `criteria.${index}.weight`, 'a weight is a positive number', { weight });
    }
    return { criterionId, title, weight };
  });
}

/** What a definition or a revision says a version holds (the version number aside), checked. */
export function requireContent(command: DefineCapacityRubric | ReviseCapacityRubric): {
  title: string;
  scale: CapacityScale;
  criteria: CapacityRubricCriterion[];
} {
  requireText(command.rubricId, 'CAPACITY_RUBRIC.FIELD_REQUIRED', 'rubricId', 'a rubric id');
  requireText(command.title, 'CAPACITY_RUBRIC.FIELD_REQUIRED', 'title', 'a title');
  return { title: command.title, scale: requireScale(command.scale), criteria: requireCriteria(command.criteria) };
}

/** What never changes between versions: who owns the rubric, what it assesses, at which level. */
export function requireIdentity(command: DefineCapacityRubric): Pick<DefinedCapacityRubric, 'ownerUnitId' | 'subjectKind' | 'level'> {
  const { ownerUnitId, subjectKind, level } = command;
  requireText(ownerUnitId, 'CAPACITY_RUBRIC.FIELD_REQUIRED', 'ownerUnitId', 'an owner unit');
  requireOneOf(subjectKind, CAPACITY_SUBJECT_KINDS, 'CAPACITY_RUBRIC.SUBJECT_KIND_UNKNOWN', 'subjectKind');
  requireOneOf(level, CAPACITY_RUBRIC_LEVELS, 'CAPACITY_RUBRIC.LEVEL_UNKNOWN', 'level');
  return { ownerUnitId, subjectKind, level };
}

/** The same title, scale and criteria (in the same order): a revision that would change nothing. */
export const sameContent = (a: Omit<CapacityRubricVersion, 'version'>, b: Omit<CapacityRubricVersion, 'version'>): boolean =>
  JSON.stringify([a.title, a.scale, a.criteria]) === JSON.stringify([b.title, b.scale, b.criteria]);
