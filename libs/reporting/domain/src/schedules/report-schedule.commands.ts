import type { reportScheduleCommandTypes } from '@tn/reporting-contracts';
import type { CommandNamed, CommandsOf } from '@tn/shared-event-contracts';
import type { ActFacts } from '../common/act';

/** The reporting schedule's commands: each payload (its one schema is in the contracts) with the act's facts. */
export type ReportScheduleCommand = CommandsOf<typeof reportScheduleCommandTypes, { ScheduleReports: ActFacts }>;

export type ScheduleReportsCommand = CommandNamed<ReportScheduleCommand, 'ScheduleReports'>;
