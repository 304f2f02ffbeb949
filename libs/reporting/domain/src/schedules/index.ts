// The reporting schedules area's decider: the entry window a unit sets for its subtree's reports.
export type * from './report-schedule.commands';
export type * from './report-schedule.events';
export { REPORT_SCHEDULE_STREAM_TYPE } from './report-schedule.events';
export { reportScheduleDecider } from './report-schedule.decide';
export type * from './report-schedule.types';
