// The periodic reports area's decider: a unit's report for a template and period, through its parent unit's approval.
export type * from './report.commands';
export type * from './report.events';
export { REPORT_STREAM_TYPE } from './report.events';
export { reportDecider } from './report.decide';
export type * from './report.types';
