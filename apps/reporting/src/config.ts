import { loadConfig, ServiceConfig } from '@tn/shared-config';

/** Everything the reporting service reads from its environment (shared settings in ServiceConfig). */
export class ReportingConfig extends ServiceConfig {
  override HTTP_PORT = 3105;
  override MONGO_DATABASE = 'tn_reporting';
}

export const loadReportingConfig = (env: Record<string, string | undefined> = process.env) => loadConfig('reporting', ReportingConfig, env);
