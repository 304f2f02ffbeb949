import { isIsoDate, isIsoDateTime } from '@tn/shared-event-contracts';
import type { ReportingErrorCode } from '@tn/reporting-contracts';
import { validationError } from './errors';

/**
 * What every reporting command carries beside its payload, from the envelope: the server's time
 * (`at`, which dates the event), its date in Vietnam (`today`, which bounds the periods one may
 * declare for) and the acting account (`actorId`). The domain reads no clock.
 */
export interface ActFacts {
  today: string;
  at: string;
  actorId: string;
}

export function requireAct({ today, at, actorId }: ActFacts): void {
  if (!isIsoDate(today) || !isIsoDateTime(at))
    throw validationError('REPORTING.TIME_INVALID', 'at', 'the time of the act is not a valid instant', { today, at });
  if (typeof actorId !== 'string' || !actorId.trim()) throw validationError('REPORTING.ACTOR_REQUIRED', 'actorId', 'the acting user is required');
}

/** A required text, trimmed (codes, names, unit words, reasons). */
export function requiredText(value: string, code: ReportingErrorCode, field: string, what: string): string {
  if (typeof value !== 'string' || !value.trim()) throw validationError(code, field, `${what} is required`);
  return value.trim();
}
