import { EventSourcedServiceConfig, loadConfig } from '@tn/shared-config';

/** Everything the registry service reads from its environment (shared settings in the base classes). */
export class RegistryConfig extends EventSourcedServiceConfig {
  override HTTP_PORT = 3101;
  override MONGO_DATABASE = 'tn_registry';
}

export const loadRegistryConfig = (env: Record<string, string | undefined> = process.env) =>
  loadConfig('registry', RegistryConfig, env);
