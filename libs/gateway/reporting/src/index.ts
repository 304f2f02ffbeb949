export { GatewayReportingModule } from './gateway-reporting.module';
export { REPORTING_MESSAGES } from './core/reporting-messages';
export { type IndicatorRebuildProgress, type IndicatorRebuildResult, indicatorFactTopics, rebuildIndicatorFacts } from './rebuild/rebuild-indicator-facts';
