import { commandType, eventType, IsIsoDate, IsIsoDateTime, IsNonEmptyText, streamIdOf } from '@tn/shared-event-contracts';
import { IsString } from 'class-validator';
import { writingFor } from '../common/command-rights';

/**
 * Reporting schedules (one stream per unit, template and period): the entry window a unit sets
 * for the reports of its subtree, the way a provincial Union's guidance names the day reports
 * are due ("gửi về Tỉnh đoàn trước ngày 15/12"). Without one, the template's default window
 * applies; with several in a unit's lineage, the nearest unit's applies. A later schedule of the
 * same unit replaces its earlier one. A window may lie in the past: a province recording its
 * 2025 review late opens a window for it.
 */

export const REPORT_SCHEDULE_STREAM_TYPE = 'report-schedule';
/** `<unitId>:<templateId>:<period>`: template ids and period keys hold no `:`, so the id reads back from the right. */
export const reportScheduleIdOf = (unitId: string, templateId: string, period: string) => `${unitId}:${templateId}:${period}`;
export const reportScheduleStreamId = (unitId: string, templateId: string, period: string) =>
  streamIdOf(REPORT_SCHEDULE_STREAM_TYPE, reportScheduleIdOf(unitId, templateId, period));

// ---- commands ------------------------------------------------------------------------------

/** The window for the reports of `unitId`'s subtree: they open on `opensOn`, fall due on `dueOn` (units with units below them get the template's consolidation days more) and close after `closesOn`. */
export class ScheduleReports {
  @IsString() unitId!: string;
  @IsString() templateId!: string;
  @IsString() period!: string;
  @IsString() opensOn!: string;
  @IsString() dueOn!: string;
  @IsString() closesOn!: string;
}

export const reportScheduleCommandTypes = [
  commandType('ScheduleReports', ScheduleReports, {
    streamId: (p) => reportScheduleStreamId(p.unitId, p.templateId, p.period),
    rights: (p) => writingFor(p.unitId),
  }),
] as const;

// ---- events --------------------------------------------------------------------------------

/** The window in force for the subtree's reports from now on. `scheduledBy`: the acting account; `scheduledAt`: the server's time. */
export class ReportsScheduled {
  @IsNonEmptyText() unitId!: string;
  @IsNonEmptyText() templateId!: string;
  @IsNonEmptyText() period!: string;
  @IsIsoDate() opensOn!: string;
  @IsIsoDate() dueOn!: string;
  @IsIsoDate() closesOn!: string;
  @IsNonEmptyText() scheduledBy!: string;
  @IsIsoDateTime() scheduledAt!: string;
}

export const reportScheduleEventTypes = [eventType('ReportsScheduled', ReportsScheduled)] as const;
