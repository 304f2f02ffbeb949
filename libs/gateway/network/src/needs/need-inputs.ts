import { apiError, type Language } from '@tn/gateway-graphql-kit';
import type { NeedErrorCode } from '@tn/network-contracts';

/** One of a vocabulary's values, or refused with the decider's code for the field, naming it (so the gateway answers as the service would). */
export function requireNeedVocabulary<T extends string>(value: string, allowed: readonly T[], field: string, language: Language, code: NeedErrorCode): T {
  if (!(allowed as readonly string[]).includes(value)) throw apiError({ code, kind: 'validation', field, details: { allowed: allowed.join(', ') } }, language);
  return value as T;
}

/** A list filter: absent, or one of the vocabulary's values. */
export function needFilterValue<T extends string>(value: string | null | undefined, allowed: readonly T[], field: string, language: Language): T | undefined {
  if (value === null || value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw apiError({ code: 'BAD_USER_INPUT', kind: 'validation', field, details: { allowed: allowed.join(', ') } }, language);
  }
  return value as T;
}
