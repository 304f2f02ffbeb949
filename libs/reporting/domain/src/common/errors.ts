import * as decider from '@tn/shared-decider';
import type { ReportingErrorCode } from '@tn/reporting-contracts';

/**
 * The shared decider's errors, typed by this context's codes: a code missing from
 * REPORTING_ERROR_CODES (which the clients are told about) fails to compile.
 */
type Details = Record<string, unknown>;

export const validationError = (code: ReportingErrorCode, field: string, message: string, details?: Details) =>
  decider.validationError(code, field, message, details);
export const illegalStateError = (code: ReportingErrorCode, message: string, details?: Details) => decider.illegalStateError(code, message, details);
export const notFoundError = (code: ReportingErrorCode, message: string, details?: Details) => decider.notFoundError(code, message, details);
