import { apiError } from '@tn/gateway-graphql-kit';
import { type GatewayContext, type RequestUser, requireUser, scopeFor } from '@tn/gateway-core';
import { today } from '@tn/gateway-registry';
import { isReportPeriodOf, parseReportId, type ReportKey, type ReportTemplate, reportTemplateOf } from '@tn/reporting-contracts';
import { ancestorsAsOf, type HierarchyState } from '@tn/shared-unit-hierarchy';
import { reportingForbidden, requireReportingPermission } from '../core/reporting-permissions';

/** The template, and the period one of its own, or REPORT_QUERY.TEMPLATE_UNKNOWN / PERIOD_INVALID. */
export function requireReportTemplate(context: GatewayContext, templateId: string, period: string): ReportTemplate {
  const template = reportTemplateOf(templateId);
  if (!template) throw apiError({ code: 'REPORT_QUERY.TEMPLATE_UNKNOWN', kind: 'validation', field: 'templateId', details: { templateId } }, context.language);
  if (!isReportPeriodOf(template, period)) {
    throw apiError({ code: 'REPORT_QUERY.PERIOD_INVALID', kind: 'validation', field: 'period', details: { period, templateId } }, context.language);
  }
  return template;
}

/** The unit's parent today in the reporting service's copy of the hierarchy (who approves its reports); null for a root or an unknown unit. */
export const approvingUnitOf = (hierarchy: HierarchyState, unitId: string): string | null => ancestorsAsOf(hierarchy, unitId, today())[0] ?? null;

/**
 * Write rights over the approving unit of a unit's reports (its parent today): over a root
 * unit's (or an unknown unit's), a system administrator's only. FORBIDDEN otherwise, the same
 * answer as for a report that does not exist.
 */
export async function requireReportApprover(context: GatewayContext, hierarchy: HierarchyState, unitId: string): Promise<RequestUser> {
  const parent = approvingUnitOf(hierarchy, unitId);
  if (parent !== null) return requireReportingPermission(context, 'reporting:write', parent);
  const user = requireUser(context);
  if (scopeFor(context, 'reporting:write') !== 'everywhere') throw reportingForbidden(context, 'reporting:write');
  return user;
}

/** The report an id names (unit, template, period), or FORBIDDEN as for any report the caller may not act on. */
export function reportKeyOf(context: GatewayContext, reportId: string): ReportKey {
  const key = parseReportId(reportId);
  if (!key) throw reportingForbidden(context, 'reporting:write');
  return key;
}
