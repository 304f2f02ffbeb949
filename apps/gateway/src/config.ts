import { IsBoolean, IsInt, IsOptional, Matches, Min, ValidateBy } from 'class-validator';
import { isCertificateKey } from '@tn/campaigns-contracts';
import { Base64Key32, EnvBoolean, EnvInteger, EnvList, loadConfig, ServiceConfig } from '@tn/shared-config';

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

  /**
   * The Ed25519 public key (SPKI DER, base64) of the campaigns service's CERTIFICATE_SIGNING_KEY:
   * verifies certificates' codes in the public `verifyCertificate` query.
   */
  @ValidateBy({
    name: 'isCertificateVerifyKey',
    validator: {
      validate: (value: unknown) => isCertificateKey('verify', value),
      defaultMessage: () =>
        "must be an Ed25519 public key, SPKI DER in base64 (the public half of the campaigns service's CERTIFICATE_SIGNING_KEY; ./dev up makes the pair in .run/secrets/)",
    },
  })
  CERTIFICATE_VERIFY_KEY!: string;

  /**
   * Proxies whose X-Forwarded-For is believed (addresses, subnets, or loopback / linklocal /
   * uniquelocal). Empty: the client is the socket's address. The client address keys the rate
   * limit and the sign-in throttle, so list only proxies you run.
   */
  @EnvList()
  @Matches(/^(loopback|linklocal|uniquelocal|[0-9A-Fa-f.:]+(\/\d{1,3})?)$/, {
    each: true,
    message: 'each trusted proxy must be an address, a subnet (a.b.c.d/n) or loopback, linklocal, uniquelocal (got "$value")',
  })
  TRUSTED_PROXIES: string[] = [];

  /** Rate limit per client (account, else address): a burst of this many operations… */
  @EnvInteger()
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  RATE_LIMIT_BURST = 300;

  /** …refilled at this many per second. */
  @EnvInteger()
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  RATE_LIMIT_PER_SECOND = 50;

  /**
   * Load shedding (ADR 0013): a service whose command replies take longer than this is taken to
   * be saturated, and the gateway lowers how many commands it lets wait on it at once.
   */
  @EnvInteger()
  @IsInt({ message: 'must be a whole number' })
  @Min(100, { message: 'must be at least 100' })
  COMMAND_LATENCY_TARGET_MS = 2_000;

  /** …and a command finding no free slot waits this long for one before it is refused (GATEWAY.BUSY). */
  @EnvInteger()
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be at least 0' })
  COMMAND_QUEUE_WAIT_MS = 1_000;

  /** …and however fast a service answers, at most this many commands wait on it at once. */
  @EnvInteger()
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  COMMAND_CONCURRENCY_MAX = 256;
}

export const loadGatewayConfig = (env: Record<string, string | undefined> = process.env) => loadConfig('gateway', GatewayConfig, env);

export const introspectionEnabled = (config: GatewayConfig) => config.GRAPHQL_INTROSPECTION ?? config.NODE_ENV !== 'production';
