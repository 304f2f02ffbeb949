import { applyDecorators } from '@nestjs/common';
import { IsString } from 'class-validator';
import { IsCleanText, MaxTextLength } from '@tn/gateway-core';
import { apiError, type Language } from '@tn/gateway-graphql-kit';
import { today } from '@tn/gateway-registry';
import type { NetworkErrorCode } from '@tn/network-contracts';
import { isIsoDate } from '@tn/shared-event-contracts';

/** The service's ceiling for prose (scopes, descriptions, reasons: the fields that may span lines). */
const LONG_TEXT_LENGTH = 10_000;

/** One line of text (a name, a title, a measure), as the service's input grammar takes it. */
export const IsLineText = () => applyDecorators(IsString(), IsCleanText(), MaxTextLength());

/** Prose that may span lines (a scope, a description, a reason). */
export const IsProseText = () => applyDecorators(IsString(), IsCleanText({ multiline: true }), MaxTextLength(LONG_TEXT_LENGTH));

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

/** A list filter: absent, or one of the vocabulary's values. */
export function requireFilterValue<T extends string>(
  value: string | null | undefined,
  allowed: readonly T[],
  field: string,
  language: Language,
): T | undefined {
  return value === null || value === undefined ? undefined : requireVocabularyValue(value, allowed, field, language);
}

/** The date an agreement's status is judged on (`YYYY-MM-DD`, a real date), today (Vietnam) when absent, or AGREEMENT.DATE_INVALID naming it. */
export function asOfDate(value: string | null | undefined, language: Language, field = 'asOf'): string {
  if (value === null || value === undefined) return today();
  if (!isIsoDate(value)) throw apiError({ code: 'AGREEMENT.DATE_INVALID', kind: 'validation', field, details: { value } }, language);
  return value;
}
