import { apiError, type Language } from '@tn/gateway-graphql-kit';
import { EXTEND_BY_MONTHS_RANGE } from '@tn/training-contracts';
import { isIsoDate } from '@tn/shared-event-contracts';

/** A date argument (`YYYY-MM-DD`, a real calendar date), or QUALIFICATION.DATE_INVALID naming it. */
export function requireQualificationDate(value: string, field: string, language: Language): string {
  if (!isIsoDate(value)) throw apiError({ code: 'QUALIFICATION.DATE_INVALID', kind: 'validation', field, details: { value } }, language);
  return value;
}

/** The date a view is as of: the one asked, else the server's today (Vietnam). */
export const asOfDate = (asOf: string | null | undefined, today: string, language: Language): string =>
  asOf === null || asOf === undefined ? today : requireQualificationDate(asOf, 'asOf', language);

export interface ExtensionTerms {
  expiringFrom: string;
  expiringTo: string;
  extendByMonths: number;
}

/** The terms of a blanket extension, checked as the kind's decider checks them (same codes, same fields). */
export function requireExtensionTerms(terms: ExtensionTerms, language: Language): ExtensionTerms {
  requireQualificationDate(terms.expiringFrom, 'expiringFrom', language);
  requireQualificationDate(terms.expiringTo, 'expiringTo', language);
  if (terms.expiringTo < terms.expiringFrom) {
    const details = { expiringFrom: terms.expiringFrom, expiringTo: terms.expiringTo };
    throw apiError({ code: 'QUALIFICATION.EXTENSION_PERIOD_INVALID', kind: 'validation', field: 'expiringTo', details }, language);
  }
  const { min, max } = EXTEND_BY_MONTHS_RANGE;
  if (!Number.isInteger(terms.extendByMonths) || terms.extendByMonths < min || terms.extendByMonths > max) {
    const details = { value: terms.extendByMonths, min, max };
    throw apiError({ code: 'QUALIFICATION.NUMBER_OUT_OF_RANGE', kind: 'validation', field: 'extendByMonths', details }, language);
  }
  return terms;
}
