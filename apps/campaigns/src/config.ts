import { Base64Key32, EventSourcedServiceConfig, loadConfig } from '@tn/shared-config';

/** Everything the campaigns service reads from its environment (shared settings in the base classes). */
export class CampaignsConfig extends EventSourcedServiceConfig {
  override HTTP_PORT = 3103;
  override MONGO_DATABASE = 'tn_campaigns';

  /** 32 random bytes, base64: the secret access tokens are signed with (the registry and the gateway hold the same); verifies the token each command carries. */
  @Base64Key32()
  AUTH_TOKEN_SECRET!: string;
}

export const loadCampaignsConfig = (env: Record<string, string | undefined> = process.env) =>
  loadConfig('campaigns', CampaignsConfig, env);
