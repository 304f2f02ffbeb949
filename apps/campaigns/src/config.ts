import { loadConfig, ServiceConfig } from '@tn/shared-config';

/** Everything the campaigns service reads from its environment (shared settings in ServiceConfig). */
export class CampaignsConfig extends ServiceConfig {
  override HTTP_PORT = 3103;
  override MONGO_DATABASE = 'tn_campaigns';
}

export const loadCampaignsConfig = (env: Record<string, string | undefined> = process.env) =>
  loadConfig('campaigns', CampaignsConfig, env);
