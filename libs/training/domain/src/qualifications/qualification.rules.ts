import { TRAINEE_PERSON_KINDS, type TraineePersonKind } from '@tn/training-contracts';
import { notFoundError } from '../common/errors';
import { requireIsoDate, requireNotAfterToday, requireOneOf, requireText, requireWholeNumberIn } from '../common/rules';
import type { DefinedQualificationKind, LookedUpQualificationKind } from './qualification-kind.types';

/** Checks both qualification aggregates share. */

export const requireQualificationText = (value: string | undefined, field: string, what: string): void =>
  requireText(value, 'QUALIFICATION.TEXT_REQUIRED', field, what);

export const requireQualificationDate = (value: string, field: string): void => requireIsoDate(value, 'QUALIFICATION.DATE_INVALID', field);

export const requireWholeNumberWithin = (value: number, range: { min: number; max: number }, field: string): void =>
  requireWholeNumberIn(value, range.min, range.max, 'QUALIFICATION.NUMBER_OUT_OF_RANGE', field);

/** The server's date and the acting user, which the route adds to an attributed act. */
export function requireTodayAndActor(today: string, actorId: string): void {
  requireQualificationDate(today, 'today');
  requireQualificationText(actorId, 'actorId', 'the acting user');
}

/** A date the payload states for an act: a real date, not after today. */
export function requireActDate(date: string, today: string, field: string): void {
  requireQualificationDate(date, field);
  requireNotAfterToday(date, today, 'QUALIFICATION.DATE_AFTER_TODAY', field);
}

/** A cadre or a volunteer: the checked value, typed. */
export function requirePersonKind(value: string, field = 'personKind'): TraineePersonKind {
  requireOneOf(value, TRAINEE_PERSON_KINDS, 'QUALIFICATION.PERSON_KIND_UNKNOWN', field);
  return value;
}

/** The looked-up kind exists and is the one the payload names. */
export function requireKind(kind: LookedUpQualificationKind | undefined, kindId: string): DefinedQualificationKind {
  if (kind?.status !== 'defined' || kind.kindId !== kindId) {
    throw notFoundError('QUALIFICATION.KIND_NOT_FOUND', `qualification kind ${kindId} is not defined`, { kindId });
  }
  return kind;
}
