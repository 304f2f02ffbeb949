import { CURRICULUM_TARGET_GROUPS, type CurriculumTargetGroup, type LookedUpCurriculumStatus } from '@tn/training-contracts';
import { illegalStateAt, notFoundError } from '../common/errors';
import { requireIsoDate, requireOneOf, requireText } from '../common/rules';

/**
 * What every catalogue command carries beside its payload: the server's date in Vietnam (acts
 * are dated by it; the decider reads no clock) and the acting user's id, from the envelope.
 */
export interface ActFacts {
  today: string;
  actorId: string;
}

/** A curriculum the command names, as the route found it on the curriculum's stream. */
export interface LookedUpCurriculum {
  status: LookedUpCurriculumStatus;
}

export function requireAct({ today, actorId }: ActFacts): void {
  requireIsoDate(today, 'CATALOGUE.DATE_INVALID', 'today');
  requireText(actorId, 'CATALOGUE.ACTOR_REQUIRED', 'actorId', 'the acting user');
}

/** A required text, trimmed (titles, names, descriptions, notes, reasons). */
export function requiredText(value: string, field: string, what: string): string {
  requireText(value, 'CATALOGUE.TEXT_REQUIRED', field, what);
  return value.trim();
}

/** An optional text, trimmed; blank counts as absent. */
export const optionalText = (value: string | undefined): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

export function requireTargetGroup(value: string, field: string): asserts value is CurriculumTargetGroup {
  requireOneOf(value, CURRICULUM_TARGET_GROUPS, 'CATALOGUE.TARGET_GROUP_UNKNOWN', field);
}

/** A curriculum that something new is built on: it exists and is not retired. */
export function requireCurriculumInUse(curriculum: LookedUpCurriculum | undefined, curriculumId: string, field: string): void {
  const status = curriculum?.status ?? 'none';
  if (status === 'none') throw notFoundError('CURRICULUM.NOT_FOUND', `curriculum ${curriculumId} does not exist`, { curriculumId });
  if (status === 'retired') throw illegalStateAt('CURRICULUM.RETIRED', field, `curriculum ${curriculumId} is retired`, { curriculumId });
}
