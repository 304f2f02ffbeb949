import { IsInt, Min } from 'class-validator';
import { Base64Key32, EnvInteger, EventSourcedServiceConfig, loadConfig } from '@tn/shared-config';

/** Everything the registry service reads from its environment (shared settings in the base classes). */
export class RegistryConfig extends EventSourcedServiceConfig {
  override HTTP_PORT = 3101;
  override MONGO_DATABASE = 'tn_registry';

  /** 32 random bytes, base64: signs access tokens and seals credentials; the gateway holds the same. */
  @Base64Key32()
  AUTH_TOKEN_SECRET!: string;

  /** Lifetime of an access token in seconds (refresh tokens last REFRESH_TOKEN_TTL_DAYS). */
  @EnvInteger()
  @IsInt({ message: 'must be a whole number of seconds' })
  @Min(60, { message: 'must be at least 60 seconds' })
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @EnvInteger()
  @IsInt({ message: 'must be a whole number of days' })
  @Min(1, { message: 'must be at least 1 day' })
  REFRESH_TOKEN_TTL_DAYS = 14;
}

export const loadRegistryConfig = (env: Record<string, string | undefined> = process.env) => loadConfig('registry', RegistryConfig, env);
