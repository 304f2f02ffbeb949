import type { ContextMessages } from '@tn/gateway-graphql-kit';

/** The gateway's own refusals of report queries and inputs (before anything reaches the service). */
export const REPORT_QUERY_ERROR_CODES = [
  'REPORT_QUERY.TEMPLATE_UNKNOWN',
  'REPORT_QUERY.PERIOD_INVALID',
  'REPORT_QUERY.REVIEW_YEAR_INVALID',
  'REPORT_QUERY.COMMENDATION_SUBJECT_UNKNOWN',
] as const;
export type ReportQueryErrorCode = (typeof REPORT_QUERY_ERROR_CODES)[number];

export const REPORT_QUERY_MESSAGES: ContextMessages<ReportQueryErrorCode> = {
  'REPORT_QUERY.TEMPLATE_UNKNOWN': {
    vi: 'Không có mẫu báo cáo[ {templateId}]; dùng six-monthly, yearly, mid-term-review hoặc final-review.',
    en: 'There is no report template[ {templateId}]; use six-monthly, yearly, mid-term-review or final-review.',
  },
  'REPORT_QUERY.PERIOD_INVALID': {
    vi: 'Kỳ[ {period}] không phải kỳ của mẫu báo cáo[ {templateId}] (báo cáo 6 tháng: H2026-1; năm: Y2026; sơ kết: Y2025; tổng kết: Y2030).',
    en: 'The period[ {period}] is not one of the[ {templateId}] report’s (six-monthly: H2026-1; yearly: Y2026; mid-term: Y2025; final: Y2030).',
  },
  'REPORT_QUERY.REVIEW_YEAR_INVALID': {
    vi: 'Năm đánh giá chương trình phải là 2025 (sơ kết) hoặc 2030 (tổng kết)[, không phải {year}].',
    en: 'A programme review is for 2025 (mid-term) or 2030 (final)[, not {year}].',
  },
  'REPORT_QUERY.COMMENDATION_SUBJECT_UNKNOWN': {
    vi: 'Không tìm thấy đối tượng đề nghị khen thưởng[ {subjectId}] trong đơn vị và các đơn vị cấp dưới.',
    en: 'The commendation subject[ {subjectId}] was not found in the unit or the units below it.',
  },
};
