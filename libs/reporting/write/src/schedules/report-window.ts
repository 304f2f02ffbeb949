import { type ReportWindow, reportWindowAmong } from '@tn/reporting-contracts';
import type { ReportScheduleState } from '@tn/reporting-domain';

/** What the window of a unit's report is found from: the schedules of its lineage, nearest first. */
export interface ScheduleLookups {
  scheduleOf(unitId: string, templateId: string, period: string): Promise<ReportScheduleState>;
}

/** The entry window of the report of the unit whose lineage is given (itself first): `reportWindowAmong` over the schedules read from their streams. */
export async function reportWindowFor(
  lookups: ScheduleLookups,
  lineage: readonly string[],
  templateId: string,
  period: string,
  hasChildren: boolean,
): Promise<ReportWindow | undefined> {
  const schedules = await Promise.all(lineage.map((unitId) => lookups.scheduleOf(unitId, templateId, period)));
  return reportWindowAmong(
    templateId,
    period,
    hasChildren,
    schedules.map((schedule) => schedule.window),
  );
}
