import { REPORTING_ACT_ERROR_CODES } from './common/act-error-codes';
import { DECLARED_VALUE_ERROR_CODES } from './declared';
import { INDICATOR_ERROR_CODES } from './indicators';
import { PLAN_ERROR_CODES } from './plans';
import { PUBLISHED_VALUES_ERROR_CODES } from './published';
import { REPORT_ERROR_CODES } from './reports';
import { REPORT_SCHEDULE_ERROR_CODES } from './schedules';

/**
 * Every error code the reporting context answers with (its deciders, routes and authoriser), so
 * a code the clients are not told about fails to compile. REPORTING_ERROR_MESSAGES says each in
 * Vietnamese and English. Malformed payloads answer with the platform's COMMAND.FIELD_REQUIRED
 * and COMMAND.FIELD_TYPE, and refusals of rights with FORBIDDEN, checked before any of these.
 */
export const REPORTING_ERROR_CODES = [
  ...REPORTING_ACT_ERROR_CODES,
  ...INDICATOR_ERROR_CODES,
  ...DECLARED_VALUE_ERROR_CODES,
  ...PUBLISHED_VALUES_ERROR_CODES,
  ...PLAN_ERROR_CODES,
  ...REPORT_ERROR_CODES,
  ...REPORT_SCHEDULE_ERROR_CODES,
] as const;
export type ReportingErrorCode = (typeof REPORTING_ERROR_CODES)[number];
