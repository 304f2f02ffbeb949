import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MongoConnection, type ServiceDefinition, ServiceKitModule } from '@tn/shared-service-kit';
import { languageOf, LimitStore, localisedErrors, queryLimitsPlugin, RateLimiter, rateLimitPlugin, unreachableStoreErrorOf } from '@tn/gateway-graphql-kit';
import { certificateVerifyKeyFrom, checkInKeyFrom } from '@tn/campaigns-contracts';
import { GatewayCampaignsModule } from '@tn/gateway-campaigns';
import { GatewayCoreModule, type GatewayContext } from '@tn/gateway-core';
import { GatewayNetworkModule } from '@tn/gateway-network';
import { GatewayRegistryModule } from '@tn/gateway-registry';
import { GatewayReportingModule } from '@tn/gateway-reporting';
import { GatewayTrainingModule } from '@tn/gateway-training';
import { type GatewayConfig, introspectionEnabled, loadGatewayConfig } from './config';
import { ERROR_CATALOG } from './error-catalog';
import { graphqlContext } from './graphql-context';
import { trustedProxiesProvider } from './trusted-proxies';
import { PlatformStatusResolver } from './platform/platform-status.resolver';

export const GRAPHQL_PATH = '/graphql';

/** Limits every query must stay within (ADR 0006). */
export const QUERY_LIMITS = { maxDepth: 10, maxCost: 20_000, defaultListSize: 20 } as const;

/** The gateway: the GraphQL API (Apollo) for partners and the admin console. */
@Module({})
export class GatewayAppModule {
  static register(config: GatewayConfig): DynamicModule {
    const secret = Buffer.from(config.AUTH_TOKEN_SECRET, 'base64');
    const logger = new Logger('GraphQL');
    const errors = localisedErrors({
      catalog: ERROR_CATALOG,
      onInternalError: (error) => logger.error(`internal error: ${(error as Error).message}`),
      // By class only: the driver's message names hosts. Counted in the readiness probe's mongodb entry too.
      onStoreUnavailable: (error) =>
        logger.warn(`read answered SERVICE_UNAVAILABLE: MongoDB-wire server unreachable (${unreachableStoreErrorOf(error)?.name ?? 'unknown'})`),
    });
    const admission = {
      latencyTargetMs: config.COMMAND_LATENCY_TARGET_MS,
      maxQueueWaitMs: config.COMMAND_QUEUE_WAIT_MS,
      maxLimit: config.COMMAND_CONCURRENCY_MAX,
    };
    return {
      module: GatewayAppModule,
      imports: [
        ServiceKitModule.forRoot({ service: 'gateway', config }),
        // What every context's slice shares (clients' settings, tokens, checkpoints, read models).
        GatewayCoreModule.forRoot({ brokers: config.KAFKA_BROKERS, authSecret: secret, topicPrefix: config.KAFKA_TOPIC_PREFIX, admission }),
        // Read models live in this database, so their consumer group is named after it; the
        // version part changes when projections are added or renamed, so a new group replays
        // every event (documents skip what they hold already, new read models fill up).
        GatewayRegistryModule.forRoot({ groupId: `${config.KAFKA_TOPIC_PREFIX}gateway-registry-v5-${config.MONGO_DATABASE}` }),
        GatewayCampaignsModule.forRoot({
          groupId: `${config.KAFKA_TOPIC_PREFIX}gateway-campaigns-v5-${config.MONGO_DATABASE}`,
          certificateVerifyKey: certificateVerifyKeyFrom(config.CERTIFICATE_VERIFY_KEY),
          checkInKey: checkInKeyFrom(secret),
        }),
        GatewayTrainingModule.forRoot({ groupId: `${config.KAFKA_TOPIC_PREFIX}gateway-training-v1-${config.MONGO_DATABASE}` }),
        GatewayNetworkModule.forRoot({ groupId: `${config.KAFKA_TOPIC_PREFIX}gateway-network-v1-${config.MONGO_DATABASE}` }),
        GatewayReportingModule.forRoot({ groupId: `${config.KAFKA_TOPIC_PREFIX}gateway-reporting-v1-${config.MONGO_DATABASE}` }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          // The rate limit counts in the gateway's database: every instance sees the same client (ADR 0015).
          inject: [MongoConnection],
          useFactory: (mongo: MongoConnection) => ({
            path: GRAPHQL_PATH,
            autoSchemaFile: true,
            sortSchema: true,
            introspection: introspectionEnabled(config),
            // The landing page would load a sandbox from a CDN; the API is used by programs.
            playground: false,
            context: graphqlContext(secret),
            plugins: [
              errors.plugin,
              // Per signed-in account, else per address.
              rateLimitPlugin({
                limiter: new RateLimiter(
                  { capacity: config.RATE_LIMIT_BURST, refillPerSecond: config.RATE_LIMIT_PER_SECOND },
                  new LimitStore(mongo.connection, 'gw_gateway_rate_limits', secret),
                ),
                clientKeyOf: (request) => {
                  const context = request.contextValue as GatewayContext & { req?: { ip?: string } };
                  return context.user ? `account:${context.user.claims.sub}` : `ip:${context.req?.ip ?? 'unknown'}`;
                },
              }),
              queryLimitsPlugin({ ...QUERY_LIMITS, allowIntrospection: introspectionEnabled(config) }),
            ],
            formatError: errors.formatError,
          }),
        }),
      ],
      providers: [PlatformStatusResolver, trustedProxiesProvider(config.TRUSTED_PROXIES)],
    };
  }
}

export const gatewayService: ServiceDefinition<GatewayConfig> = {
  service: 'gateway',
  loadConfig: loadGatewayConfig,
  rootModule: (config) => GatewayAppModule.register(config),
  // A refused body is answered as GraphQL errors are, in the request's language.
  requestErrorBody: (code, request, details) => ({
    errors: [{ message: ERROR_CATALOG.messageFor(code, languageOf(request.headers['accept-language']), details), extensions: { code } }],
  }),
};
