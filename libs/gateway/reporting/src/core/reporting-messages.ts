import { REPORTING_ERROR_MESSAGES, type ReportingErrorCode } from '@tn/reporting-contracts';
import type { ContextMessages } from '@tn/gateway-graphql-kit';
import { PLAN_QUERY_MESSAGES, type PlanQueryErrorCode } from '../plans/plan-query-messages';
import { REPORT_QUERY_MESSAGES, type ReportQueryErrorCode } from '../reports/report-query-messages';

/** The gateway's own refusals of indicator queries and inputs (before anything reaches the service). */
export const INDICATOR_QUERY_ERROR_CODES = [
  'INDICATOR_QUERY.PERIOD_INVALID',
  'INDICATOR_QUERY.DATE_INVALID',
  'INDICATOR_QUERY.TOO_LARGE',
  'INDICATOR_QUERY.UNKNOWN_INDICATOR',
  'INDICATOR_QUERY.FORMULA_NOT_JSON',
] as const;
export type IndicatorQueryErrorCode = (typeof INDICATOR_QUERY_ERROR_CODES)[number];

const QUERY_MESSAGES: ContextMessages<IndicatorQueryErrorCode> = {
  'INDICATOR_QUERY.PERIOD_INVALID': {
    vi: 'Kỳ báo cáo không hợp lệ[: {value}]; dùng Y2025 (năm), H2025-1 (6 tháng), Q2025-3 (quý) hoặc M2025-07 (tháng).',
    en: 'Invalid period[: {value}]; use Y2025 (year), H2025-1 (half), Q2025-3 (quarter) or M2025-07 (month).',
  },
  'INDICATOR_QUERY.DATE_INVALID': {
    vi: 'Ngày không hợp lệ[ ở trường {field}]; hãy dùng định dạng YYYY-MM-DD.',
    en: 'Invalid date[ in {field}]; use the YYYY-MM-DD format.',
  },
  'INDICATOR_QUERY.TOO_LARGE': {
    vi: 'Yêu cầu quá lớn[ ở trường {field}]: tối đa {max} giá trị; hãy chia thành nhiều yêu cầu.',
    en: 'Too much asked at once[ in {field}]: at most {max} values; split the request.',
  },
  'INDICATOR_QUERY.UNKNOWN_INDICATOR': {
    vi: 'Không có chỉ tiêu[ {indicatorId}].',
    en: 'There is no indicator[ {indicatorId}].',
  },
  'INDICATOR_QUERY.FORMULA_NOT_JSON': {
    vi: 'Công thức phải là một đối tượng JSON hợp lệ[ ({field})].',
    en: 'The formula must be a valid JSON object[ ({field})].',
  },
};

/** What the reporting context's codes say, and the gateway's own query codes, in Vietnamese and English. */
export const REPORTING_MESSAGES: ContextMessages<ReportingErrorCode | IndicatorQueryErrorCode | PlanQueryErrorCode | ReportQueryErrorCode> = {
  ...REPORTING_ERROR_MESSAGES,
  ...QUERY_MESSAGES,
  ...PLAN_QUERY_MESSAGES,
  ...REPORT_QUERY_MESSAGES,
};
