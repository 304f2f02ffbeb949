import type { NetworkErrorCode } from '@tn/network-contracts';
import { requireIsoDate, requireText } from '../common/rules';

/**
 * What every partner and agreement command carries beside its payload: the server's date in
 * Vietnam (acts are dated by it; the decider reads no clock) and the acting user's id, from the
 * envelope (libs/network/write/src/acting.ts).
 */
export interface ActFacts {
  today: string;
  actorId: string;
}

export function requireAct({ today, actorId }: ActFacts, dateCode: NetworkErrorCode): void {
  requireIsoDate(today, dateCode, 'today');
  requireText(actorId, 'PARTNER.ACTOR_REQUIRED', 'actorId', 'the acting user');
}

/** A required text, trimmed (names, titles, scopes, descriptions, measures, reasons). */
export function requiredText(value: string, code: NetworkErrorCode, field: string, what: string): string {
  requireText(value, code, field, what);
  return value.trim();
}

/** An optional text, trimmed; blank counts as absent. */
export const optionalText = (value: string | undefined): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
