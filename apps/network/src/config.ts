import { loadConfig, ServiceConfig } from '@tn/shared-config';

/** Everything the network service reads from its environment (shared settings in ServiceConfig). */
export class NetworkConfig extends ServiceConfig {
  override HTTP_PORT = 3104;
  override MONGO_DATABASE = 'tn_network';
}

export const loadNetworkConfig = (env: Record<string, string | undefined> = process.env) => loadConfig('network', NetworkConfig, env);
