import { vocabularyChecks } from '@tn/gateway-core';
import { apiError, type Language } from '@tn/gateway-graphql-kit';
import { today } from '@tn/gateway-registry';
import type { NetworkErrorCode } from '@tn/network-contracts';
import { isIsoDate } from '@tn/shared-event-contracts';

/** The network slice's vocabulary checks, refusing with its deciders' codes (see vocabularyChecks). */
export const { requireVocabularyValue, requireFilterValue } = vocabularyChecks<NetworkErrorCode>();

/** A date argument or input (`YYYY-MM-DD`, a real calendar date), today (Vietnam) when absent, or the area's date code naming it. */
export function dateOrToday(value: string | null | undefined, field: string, language: Language, code: NetworkErrorCode): string {
  if (value === null || value === undefined) return today();
  if (!isIsoDate(value)) throw apiError({ code, kind: 'validation', field, details: { value } }, language);
  return value;
}
