export { GatewayReportingModule } from './gateway-reporting.module';
export { REPORTING_MESSAGES } from './core/reporting-messages';
