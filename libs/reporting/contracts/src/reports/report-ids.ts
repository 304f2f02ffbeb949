import { streamIdOf } from '@tn/shared-event-contracts';

/**
 * One report per unit, template and period: `<unitId>:<templateId>:<period>`. The id grammar
 * allows `:` in a unit id, but a template id and a period key never hold one, so the id reads
 * back from the right.
 */
export const reportIdOf = (unitId: string, templateId: string, period: string): string => `${unitId}:${templateId}:${period}`;

export interface ReportKey {
  unitId: string;
  templateId: string;
  period: string;
}

/** The unit, template and period of a report id; undefined when one of them is missing. */
export function parseReportId(reportId: string): ReportKey | undefined {
  if (typeof reportId !== 'string') return undefined;
  const periodAt = reportId.lastIndexOf(':');
  const templateAt = periodAt > 0 ? reportId.lastIndexOf(':', periodAt - 1) : -1;
  if (templateAt <= 0) return undefined;
  const key = { unitId: reportId.slice(0, templateAt), templateId: reportId.slice(templateAt + 1, periodAt), period: reportId.slice(periodAt + 1) };
  return key.templateId && key.period ? key : undefined;
}

export const REPORT_STREAM_TYPE = 'report';
export const reportStreamId = (reportId: string) => streamIdOf(REPORT_STREAM_TYPE, reportId);
