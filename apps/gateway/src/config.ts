import { IsBoolean, IsOptional } from 'class-validator';
import { EnvBoolean, loadConfig, ServiceConfig } from '@tn/shared-config';

/** Everything the gateway reads from its environment (shared settings in ServiceConfig). */
export class GatewayConfig extends ServiceConfig {
  override HTTP_PORT = 3000;
  override MONGO_DATABASE = 'tn_gateway';

  /** Schema introspection; when unset it is on except in production. */
  @IsOptional()
  @EnvBoolean()
  @IsBoolean({ message: 'must be true or false' })
  GRAPHQL_INTROSPECTION?: boolean;
}

export const loadGatewayConfig = (env: Record<string, string | undefined> = process.env) =>
  loadConfig('gateway', GatewayConfig, env);

export const introspectionEnabled = (config: GatewayConfig) =>
  config.GRAPHQL_INTROSPECTION ?? config.NODE_ENV !== 'production';
