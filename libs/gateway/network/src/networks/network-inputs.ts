import { apiError, type Language } from '@tn/gateway-graphql-kit';
import { today } from '@tn/gateway-registry';
import type { NetworkErrorCode } from '@tn/network-contracts';
import { isIsoDate } from '@tn/shared-event-contracts';

type Code = NetworkErrorCode | 'BAD_USER_INPUT';

/** One of a vocabulary's values, or refused with the decider's code for the field (BAD_USER_INPUT when it has none), naming it. */
export function requireVocabularyValue<T extends string>(
  value: string,
  allowed: readonly T[],
  field: string,
  language: Language,
  code: Code = 'BAD_USER_INPUT',
): T {
  if (!(allowed as readonly string[]).includes(value)) throw apiError({ code, kind: 'validation', field, details: { allowed: allowed.join(', ') } }, language);
  return value as T;
}

/** A date argument or input (`YYYY-MM-DD`, a real calendar date), today when absent, or NETWORK.DATE_INVALID naming it. */
export function dateOrToday(value: string | null | undefined, field: string, language: Language): string {
  if (value === null || value === undefined) return today();
  if (!isIsoDate(value)) throw apiError({ code: 'NETWORK.DATE_INVALID', kind: 'validation', field, details: { value } }, language);
  return value;
}
