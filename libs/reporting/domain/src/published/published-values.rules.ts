import { parsePeriod, type Period, type PublishedValueData, type PublishedValuePart, type ReportingErrorCode } from '@tn/reporting-contracts';
import { isIsoDate } from '@tn/shared-event-contracts';
import { validationError } from '../common/errors';

const NUMBER_FIELDS = ['value', 'numerator', 'denominator', 'target'] as const;

/** The codes the checks of computed values answer with: a publication's, or a report's (which carries the same figures). */
export interface ValuesCodes {
  structureDateInvalid: ReportingErrorCode;
  valuesRequired: ReportingErrorCode;
  indicatorDuplicate: ReportingErrorCode;
  versionInvalid: ReportingErrorCode;
  numberInvalid: ReportingErrorCode;
}

const PUBLISHED_CODES: ValuesCodes = {
  structureDateInvalid: 'PUBLISHED.STRUCTURE_DATE_INVALID',
  valuesRequired: 'PUBLISHED.VALUES_REQUIRED',
  indicatorDuplicate: 'PUBLISHED.INDICATOR_DUPLICATE',
  versionInvalid: 'PUBLISHED.VERSION_INVALID',
  numberInvalid: 'PUBLISHED.NUMBER_INVALID',
};

/**
 * The period published: a valid key whose first day is not after `today` (the server's date in
 * Vietnam). Such a period has either ended or is the current one; a publication of the current
 * one is superseded by the next revision as the period goes on.
 */
export function publishablePeriod(period: string, today: string): Period {
  const parsed = parsePeriod(period);
  if (!parsed) throw validationError('PUBLISHED.PERIOD_INVALID', 'period', `"${String(period)}" is not a period key`, { period });
  if (parsed.from > today) {
    throw validationError(
      'PUBLISHED.PERIOD_NOT_STARTED',
      'period',
      `${period} begins on ${parsed.from}, after today (${today}): only a period that has ended or the current one can be published`,
      { period, from: parsed.from, today },
    );
  }
  return parsed;
}

export function requireStructureDate(structureDate: string, codes: ValuesCodes = PUBLISHED_CODES): void {
  if (!isIsoDate(structureDate)) {
    throw validationError(codes.structureDateInvalid, 'structureDate', `"${String(structureDate)}" is not a calendar date`, { structureDate });
  }
}

/** A finite number, or null for none (a ratio over nothing, a count without a target); absent is none too. */
function numberOrNull(value: unknown, field: string, codes: ValuesCodes): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw validationError(codes.numberInvalid, field, 'must be a finite number or none');
  return value;
}

/**
 * The values as the event stores them, in the order given: at least one, each indicator once,
 * its version a whole number from 1, every number finite or null (never absent).
 */
export function publishedValuesOf(parts: readonly PublishedValuePart[], codes: ValuesCodes = PUBLISHED_CODES): PublishedValueData[] {
  if (!Array.isArray(parts) || parts.length === 0) throw validationError(codes.valuesRequired, 'values', 'at least one value is required');
  const seen = new Set<string>();
  return parts.map((part, index) => {
    const { indicatorId, version } = part;
    if (seen.has(indicatorId)) {
      throw validationError(codes.indicatorDuplicate, `values.${index}.indicatorId`, `${indicatorId} is listed more than once`, { indicatorId });
    }
    seen.add(indicatorId);
    if (!Number.isSafeInteger(version) || version < 1) {
      throw validationError(codes.versionInvalid, `values.${index}.version`, 'must be a whole number from 1', { version });
    }
    const [value, numerator, denominator, target] = NUMBER_FIELDS.map((name) => numberOrNull(part[name], `values.${index}.${name}`, codes));
    return { indicatorId, version, value: value ?? null, numerator: numerator ?? null, denominator: denominator ?? null, target: target ?? null };
  });
}

/** Whether two publications say the same: the same structure date and, indicator by indicator, the same version and numbers (in any order). */
export function sameContent(
  earlier: { structureDate?: string; values?: readonly PublishedValueData[] },
  later: { structureDate: string; values: readonly PublishedValueData[] },
): boolean {
  if (earlier.structureDate !== later.structureDate || earlier.values?.length !== later.values.length) return false;
  const before = new Map(earlier.values.map((value) => [value.indicatorId, value]));
  return later.values.every((value) => {
    const match = before.get(value.indicatorId);
    return match !== undefined && match.version === value.version && NUMBER_FIELDS.every((name) => match[name] === value[name]);
  });
}
