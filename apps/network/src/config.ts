import { Base64Key32, EventSourcedServiceConfig, loadConfig } from '@tn/shared-config';

/** Everything the network service reads from its environment (shared settings in the base classes). */
export class NetworkConfig extends EventSourcedServiceConfig {
  override HTTP_PORT = 3104;
  override MONGO_DATABASE = 'tn_network';

  /** 32 random bytes, base64: the secret access tokens are signed with (the registry and the gateway hold the same); verifies the token each command carries. */
  @Base64Key32()
  AUTH_TOKEN_SECRET!: string;
}

export const loadNetworkConfig = (env: Record<string, string | undefined> = process.env) => loadConfig('network', NetworkConfig, env);
