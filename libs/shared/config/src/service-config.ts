import { ArrayNotEmpty, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, ValidateBy } from 'class-validator';
import { Base64Key32, EnvInteger, EnvList } from './env-decorators';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export const RUNTIME_MODES = ['development', 'test', 'production'] as const;

/**
 * Settings every TinhNguyen service reads. Each app's own config file extends this class,
 * sets its defaults (port, database) and adds what only it needs.
 */
export class ServiceConfig {
  @EnvList()
  @ArrayNotEmpty({ message: 'must list at least one Kafka broker as host:port[,host:port]' })
  @Matches(/^[A-Za-z0-9._-]+:\d{1,5}$/, { each: true, message: 'each broker must be host:port (got "$value")' })
  KAFKA_BROKERS!: string[];

  @IsString()
  @Matches(/^mongodb(\+srv)?:\/\/\S+$/, { message: 'must be a mongodb:// or mongodb+srv:// connection string' })
  MONGO_URL!: string;

  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,63}$/, { message: 'must be 1-63 letters, digits, "_" or "-"' })
  MONGO_DATABASE!: string;

  @EnvInteger()
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be a port between 1 and 65535' })
  @Max(65535, { message: 'must be a port between 1 and 65535' })
  HTTP_PORT!: number;

  @IsString()
  HTTP_HOST = '0.0.0.0';

  /**
   * Prometheus metrics are served on their own port, not the public one (they describe the
   * service to whoever can read them). Unset: HTTP_PORT + 6000; 0: any free port (tests).
   */
  @IsOptional()
  @EnvInteger()
  @IsInt({ message: 'must be a whole number' })
  @Min(0, { message: 'must be a port between 0 and 65535' })
  @Max(65535, { message: 'must be a port between 0 and 65535' })
  @ValidateBy({
    name: 'differsFromHttpPort',
    validator: {
      validate: (value: unknown, args) => value === 0 || value !== (args?.object as { HTTP_PORT?: unknown }).HTTP_PORT,
      defaultMessage: () => 'must differ from HTTP_PORT (metrics are not served on the public port)',
    },
  })
  METRICS_PORT?: number;

  /** Where the metrics port listens: this machine only unless a scraper elsewhere needs it. */
  @IsString()
  METRICS_HOST = '127.0.0.1';

  @IsIn(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  @IsIn(RUNTIME_MODES, { message: `must be one of ${RUNTIME_MODES.join(', ')}` })
  NODE_ENV: (typeof RUNTIME_MODES)[number] = 'development';

  /** How long a readiness probe waits for Kafka or MongoDB before calling it down. */
  @EnvInteger()
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(100, { message: 'must be at least 100 ms' })
  READINESS_TIMEOUT_MS = 2000;

  /**
   * Put before every Kafka topic and consumer group of the platform (for example `staging.`),
   * so that several deployments, or test suites, can share one Kafka cluster.
   */
  @IsString()
  @Matches(/^([a-z0-9][a-z0-9_-]*\.)*$/, { message: 'must be empty or dot-terminated words of a-z, 0-9, "_" or "-" (for example "staging.")' })
  KAFKA_TOPIC_PREFIX = '';
}

/** The metrics port of a configuration (see METRICS_PORT). */
export function metricsPortOf(config: Pick<ServiceConfig, 'METRICS_PORT' | 'HTTP_PORT'>): number {
  if (config.METRICS_PORT !== undefined) return config.METRICS_PORT;
  return config.HTTP_PORT + 6000 <= 65535 ? config.HTTP_PORT + 6000 : 0;
}

/** Settings of a service that writes events (all but the gateway). */
export class EventSourcedServiceConfig extends ServiceConfig {
  /**
   * 32 random bytes, base64 (`openssl rand -base64 32`): wraps the per-person data keys that
   * encrypt personal data in events. Losing it makes that data unreadable; keep it secret.
   */
  @Base64Key32()
  DATA_KEY_ENCRYPTION_KEY!: string;
}
