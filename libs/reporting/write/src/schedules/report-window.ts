import { addDays, isReportPeriodOf, reportTemplateOf, type ReportWindow, reportWindowOf } from '@tn/reporting-contracts';
import type { ReportScheduleState } from '@tn/reporting-domain';

/** What the window of a unit's report is found from: the schedules of its lineage, nearest first. */
export interface ScheduleLookups {
  scheduleOf(unitId: string, templateId: string, period: string): Promise<ReportScheduleState>;
}

/**
 * The entry window of `unitId`'s report: the schedule of the nearest unit of its lineage (itself
 * first) that set one, else the template's default. A unit with units below it gets the
 * template's consolidation days more before it falls due (never past the window's close), so it
 * can approve its units' reports first. Undefined for an unknown template or period.
 */
export async function reportWindowFor(
  lookups: ScheduleLookups,
  lineage: readonly string[],
  templateId: string,
  period: string,
  hasChildren: boolean,
): Promise<ReportWindow | undefined> {
  const template = reportTemplateOf(templateId);
  if (!template || !isReportPeriodOf(template, period)) return undefined;
  const schedules = await Promise.all(lineage.map((unitId) => lookups.scheduleOf(unitId, templateId, period)));
  const scheduled = schedules.find((schedule) => schedule.window)?.window;
  if (!scheduled) return reportWindowOf(template, period, hasChildren);
  if (!hasChildren) return scheduled;
  const due = addDays(scheduled.dueOn, template.consolidationDays);
  return { ...scheduled, dueOn: due < scheduled.closesOn ? due : scheduled.closesOn };
}
