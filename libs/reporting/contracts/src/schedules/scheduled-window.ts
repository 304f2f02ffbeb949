import { addDays, isReportPeriodOf, reportTemplateOf, type ReportWindow, reportWindowOf } from '../reports/report-templates';

/**
 * The entry window of a unit's report, given the windows the units of its lineage scheduled
 * (itself first, then its ancestors; undefined where a unit set none): the nearest ancestor's,
 * else the template's default. A unit's own schedule is for the units below it, never for its
 * own report (a late unit would move its own deadline), except at the top of the hierarchy,
 * which nobody schedules for. A unit with units below it gets the template's consolidation days more
 * before it falls due (never past the window's close), so it can approve theirs first. The
 * reporting service decides with it and the gateway shows it: one rule for both. Undefined for a
 * template or period the platform has no report for.
 */
export function reportWindowAmong(
  templateId: string,
  period: string,
  hasChildren: boolean,
  lineageSchedules: readonly (ReportWindow | undefined)[],
): ReportWindow | undefined {
  const template = reportTemplateOf(templateId);
  if (!template || !isReportPeriodOf(template, period)) return undefined;
  const scheduling = lineageSchedules.length > 1 ? lineageSchedules.slice(1) : lineageSchedules;
  const scheduled = scheduling.find((window) => window !== undefined);
  if (!scheduled) return reportWindowOf(template, period, hasChildren);
  if (!hasChildren) return scheduled;
  const due = addDays(scheduled.dueOn, template.consolidationDays);
  return { ...scheduled, dueOn: due < scheduled.closesOn ? due : scheduled.closesOn };
}
