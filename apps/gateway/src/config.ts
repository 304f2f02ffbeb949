import { IsBoolean, IsOptional } from 'class-validator';
import { Base64Key32, EnvBoolean, loadConfig, ServiceConfig } from '@tn/shared-config';

/** Everything the gateway reads from its environment (shared settings in ServiceConfig). */
export class GatewayConfig extends ServiceConfig {
  override HTTP_PORT = 3000;
  override MONGO_DATABASE = 'tn_gateway';

  /** Schema introspection; when unset it is on except in production. */
  @IsOptional()
  @EnvBoolean()
  @IsBoolean({ message: 'must be true or false' })
  GRAPHQL_INTROSPECTION?: boolean;

  /** The registry's token secret (32 bytes, base64): verifies access tokens, seals passwords sent on. */
  @Base64Key32()
  AUTH_TOKEN_SECRET!: string;
}

export const loadGatewayConfig = (env: Record<string, string | undefined> = process.env) =>
  loadConfig('gateway', GatewayConfig, env);

export const introspectionEnabled = (config: GatewayConfig) =>
  config.GRAPHQL_INTROSPECTION ?? config.NODE_ENV !== 'production';
