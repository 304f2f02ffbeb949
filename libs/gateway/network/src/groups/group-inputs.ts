import { apiError, type Language } from '@tn/gateway-graphql-kit';
import { today } from '@tn/gateway-registry';
import { type GroupErrorCode, NETWORK_FIELDS, type NetworkField } from '@tn/network-contracts';
import { isIsoDate } from '@tn/shared-event-contracts';

type Code = GroupErrorCode | 'BAD_USER_INPUT';

/** One of a vocabulary's values, or refused with the decider's code for the field (BAD_USER_INPUT when it has none), naming it. */
export function requireGroupValue<T extends string>(value: string, allowed: readonly T[], field: string, language: Language, code: Code = 'BAD_USER_INPUT'): T {
  if (!(allowed as readonly string[]).includes(value)) throw apiError({ code, kind: 'validation', field, details: { allowed: allowed.join(', ') } }, language);
  return value as T;
}

/** A list filter: absent, or one of the vocabulary's values. */
export const groupFilterValue = <T extends string>(
  value: string | null | undefined,
  allowed: readonly T[],
  field: string,
  language: Language,
): T | undefined => (value === null || value === undefined ? undefined : requireGroupValue(value, allowed, field, language));

/** Fields of work, each of the vocabulary (GROUP.FIELDS_INVALID naming the one at fault). */
export const requireGroupFields = (fields: readonly string[], language: Language): NetworkField[] =>
  fields.map((field, index) => requireGroupValue(field, NETWORK_FIELDS, `fields.${index}`, language, 'GROUP.FIELDS_INVALID'));

/** A date argument or input (`YYYY-MM-DD`, a real calendar date), today (Vietnam) when absent, or GROUP.DATE_INVALID naming it. */
export function groupDateOrToday(value: string | null | undefined, field: string, language: Language): string {
  if (value === null || value === undefined) return today();
  if (!isIsoDate(value)) throw apiError({ code: 'GROUP.DATE_INVALID', kind: 'validation', field, details: { value } }, language);
  return value;
}
