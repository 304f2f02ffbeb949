import { Base64Key32, EventSourcedServiceConfig, loadConfig } from '@tn/shared-config';

/** Everything the reporting service reads from its environment (shared settings in the base classes). */
export class ReportingConfig extends EventSourcedServiceConfig {
  override HTTP_PORT = 3105;
  override MONGO_DATABASE = 'tn_reporting';

  /** 32 random bytes, base64: the secret access tokens are signed with (the registry and the gateway hold the same); verifies the token each command carries. */
  @Base64Key32()
  AUTH_TOKEN_SECRET!: string;
}

export const loadReportingConfig = (env: Record<string, string | undefined> = process.env) => loadConfig('reporting', ReportingConfig, env);
