// The periodic reports area: a unit's report for a template and period, submitted to its parent unit, returned or approved.
export * from './report-error-codes';
export * from './report-ids';
export * from './report-templates';
export * from './report.messages';
