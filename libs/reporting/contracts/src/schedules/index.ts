// The reporting schedules area: the entry window a unit sets for its subtree's reports of a template and period.
export * from './report-schedule.messages';
export * from './schedule-error-codes';
export * from './scheduled-window';
