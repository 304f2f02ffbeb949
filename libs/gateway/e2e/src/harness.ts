import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { signAccessToken } from '@tn/shared-auth';
import type { ServiceConfig } from '@tn/shared-config';
import { ReadModelIndexes } from '@tn/gateway-core';
import { ProjectorService } from '@tn/shared-event-sourcing-nest';
import { MongoConnection, type ServiceDefinition } from '@tn/shared-service-kit';
import { type IsolatedSuite, type RunningService, startServiceUnderTest, TEST_AUTH_TOKEN_SECRET, waitUntilReady } from '@tn/shared-testing';
// End-to-end tests run the services in one process: this test project is the only place that
// imports apps (the apps themselves never import each other).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { registryService } from '../../../../apps/registry/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { campaignsService } from '../../../../apps/campaigns/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { trainingService } from '../../../../apps/training/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { networkService } from '../../../../apps/network/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { reportingService } from '../../../../apps/reporting/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { gatewayService, GRAPHQL_PATH } from '../../../../apps/gateway/src/app.module';
import { describeQueries, QueryRecorder, unindexedQueries } from './query-index-check';

export interface GqlError {
  message: string;
  extensions?: { code?: string; field?: string };
}
export interface GqlResponse<T = Record<string, any>> {
  data?: T;
  errors?: GqlError[];
}

/** The services of one suite, each with its own database, on the suite's own topics. */
export interface Platform {
  registry: RunningService;
  campaigns?: RunningService;
  training?: RunningService;
  network?: RunningService;
  reporting?: RunningService;
  /** The first gateway instance: what a test about one instance (its metrics, its admission) talks to. */
  gateway: RunningService;
  /**
   * Every gateway instance: two, as a deployment with replicas has, sharing the database, the
   * topics and the projectors' consumer groups. graphqlClient sends requests to each in turn.
   */
  gateways: RunningService[];
  databases: { registry: string; campaigns: string; training: string; network: string; reporting: string; gateway: string };
  /** Stop the services, drop their databases, clean the suite up. */
  stop(): Promise<void>;
}

type Env = Record<string, string>;

/** Every query the gateways send to their database, checked against the indexes their read models declare when the platform stops. */
const gatewayQueries = new QueryRecorder();
/**
 * Read whole on purpose: short lists of definitions (the output measures administrators defined,
 * the qualification kinds), and `projector_parked`, which each projector batch asks once whether
 * it holds anything at all (`findOne({})`: FerretDB pushes the LIMIT 1 down, 2 ms here; the
 * collection keeps only events waiting behind a gap, and the probe saves one read per event).
 */
const READ_WHOLE = ['gw_campaigns_output_measures', 'gw_training_qualification_kinds', 'projector_parked'];

/**
 * Start the registry (and the campaigns, training, network and reporting services when asked) and two gateway instances, and wait
 * until they are ready. Own topics: other suites' services publish the same stream ids
 * (hierarchy-national), so each suite has its topic prefix.
 */
export async function startPlatform(
  suite: IsolatedSuite,
  options: {
    campaigns?: boolean;
    training?: boolean;
    network?: boolean;
    reporting?: boolean;
    env?: { registry?: Env; campaigns?: Env; training?: Env; network?: Env; reporting?: Env; gateway?: Env };
  } = {},
): Promise<Platform> {
  const databases = {
    registry: `${suite.databaseName}_registry`,
    campaigns: `${suite.databaseName}_campaigns`,
    training: `${suite.databaseName}_training`,
    network: `${suite.databaseName}_network`,
    reporting: `${suite.databaseName}_reporting`,
    gateway: `${suite.databaseName}_gateway`,
  };
  const common = { KAFKA_TOPIC_PREFIX: suite.topicPrefix };
  // A service that fails to start stops those started before it, so the run ends instead of hanging on them.
  const started: RunningService[] = [];
  const start = async <C extends ServiceConfig>(definition: ServiceDefinition<C>, env: Env): Promise<RunningService> => {
    try {
      const service = await startServiceUnderTest(definition, env);
      started.unshift(service);
      return service;
    } catch (error) {
      for (const service of started) await service.stop().catch(() => undefined);
      throw error;
    }
  };
  const registry = await start(registryService, { MONGO_DATABASE: databases.registry, ...common, ...options.env?.registry });
  const campaigns = options.campaigns
    ? await start(campaignsService, { MONGO_DATABASE: databases.campaigns, ...common, ...options.env?.campaigns })
    : undefined;
  const training = options.training ? await start(trainingService, { MONGO_DATABASE: databases.training, ...common, ...options.env?.training }) : undefined;
  const network = options.network ? await start(networkService, { MONGO_DATABASE: databases.network, ...common, ...options.env?.network }) : undefined;
  const reporting = options.reporting
    ? await start(reportingService, { MONGO_DATABASE: databases.reporting, ...common, ...options.env?.reporting })
    : undefined;
  const gatewayEnv = { MONGO_DATABASE: databases.gateway, ...common, ...options.env?.gateway };
  gatewayQueries.watch(databases.gateway);
  const gateways = [await start(gatewayService, gatewayEnv), await start(gatewayService, gatewayEnv)];
  for (const service of [registry, campaigns, training, network, reporting, ...gateways]) if (service) await waitUntilReady(service.baseUrl, 60_000);
  const [gateway] = gateways as [RunningService];
  instancesByUrl.set(
    gateway.baseUrl,
    gateways.map((instance) => instance.baseUrl),
  );
  return {
    registry,
    ...(campaigns ? { campaigns } : {}),
    ...(training ? { training } : {}),
    ...(network ? { network } : {}),
    ...(reporting ? { reporting } : {}),
    gateway,
    gateways,
    databases,
    async stop() {
      instancesByUrl.delete(gateway.baseUrl);
      const declared = gateway.app.get(ReadModelIndexes, { strict: false }).declared();
      const connections = gateways.map((instance) => instance.app.get(MongoConnection, { strict: false }).connection);
      for (const instance of gateways) await instance.stop();
      const recorded = gatewayQueries.take(databases.gateway, connections);
      const unindexed = unindexedQueries(recorded, declared, { readWhole: READ_WHOLE });
      await reporting?.stop();
      await network?.stop();
      await training?.stop();
      await campaigns?.stop();
      await registry.stop();
      const serviceDatabases = [
        ...(campaigns ? [databases.campaigns] : []),
        ...(training ? [databases.training] : []),
        ...(network ? [databases.network] : []),
        ...(reporting ? [databases.reporting] : []),
      ];
      for (const db of [databases.registry, ...serviceDatabases, databases.gateway]) {
        const raw = await mongoose.createConnection(suite.mongoUrl, { dbName: db }).asPromise();
        await raw.dropDatabase();
        await raw.close();
      }
      await suite.cleanUp();
      // After the clean-up, so that a failure here leaves nothing behind. None recorded: the hook is not in place (every start projects and reads).
      if (recorded.length === 0) throw new Error('no query of the gateways was recorded: the index check saw nothing');
      if (unindexed.length > 0)
        throw new Error(`queries no declared index serves (declare one in the read model's \`indexes\`):\n${describeQueries(unindexed)}`);
    },
  };
}

/**
 * Stop every gateway instance's projectors, as when the read models lag behind: with one left
 * running, it would take over the stopped one's partitions and keep projecting.
 */
export async function stopProjectors(platform: Platform): Promise<void> {
  for (const gateway of platform.gateways) {
    for (const projector of gateway.app.get(ProjectorService, { strict: false, each: true })) await projector.onApplicationShutdown();
  }
}

/** An access token as the registry would sign it (the services share the test secret). */
export function tokenFor(
  grants: { role: string; unitId: string | null }[],
  extra: { kind?: 'cadre' | 'volunteer'; personId?: string; sub?: string } = {},
): string {
  return signAccessToken(
    {
      sub: extra.sub ?? `tester-${randomUUID()}`,
      sid: randomUUID(),
      kind: extra.kind ?? 'cadre',
      grants,
      ...(extra.personId ? { personId: extra.personId } : {}),
    },
    Buffer.from(TEST_AUTH_TOKEN_SECRET, 'base64'),
    new Date(),
    900,
  );
}

export interface GqlOptions {
  token?: string;
  /** Consistency tokens of earlier mutations to wait for. */
  consistency?: string[];
  language?: string;
}

/** Each platform's gateway instances, by the first one's URL (what the suites hand to graphqlClient). */
const instancesByUrl = new Map<string, string[]>();

/**
 * GraphQL over HTTP against the gateway of a (lazily started) platform: each request to the next
 * of its instances in turn, so that every suite shows that what one instance wrote, the other
 * reads (by consistency token) and that nothing depends on which one a client reaches. With
 * `oneInstance`, always to the one `gatewayUrl` names (for figures each instance keeps itself).
 */
export function graphqlClient(gatewayUrl: () => string, { oneInstance = false }: { oneInstance?: boolean } = {}) {
  let sent = 0;
  const nextUrl = () => {
    const url = gatewayUrl();
    const instances = oneInstance ? [url] : (instancesByUrl.get(url) ?? [url]);
    return instances[sent++ % instances.length];
  };
  async function gql<T = Record<string, any>>(query: string, options: GqlOptions = {}): Promise<GqlResponse<T>> {
    const response = await fetch(`${nextUrl()}${GRAPHQL_PATH}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.consistency?.length ? { 'tn-consistency-token': options.consistency.join(',') } : {}),
        ...(options.language ? { 'accept-language': options.language } : {}),
      },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as GqlResponse<T>;
  }
  /** A mutation that must succeed; returns its consistency token. */
  async function mutate(query: string, options: GqlOptions): Promise<string> {
    const result = await gql(query, options);
    expect(result.errors).toBeUndefined();
    return (Object.values(result.data!)[0] as { consistencyToken: string }).consistencyToken;
  }
  return { gql, mutate };
}

/** The code and field of a response's first error. */
export const errorOf = (result: GqlResponse) => ({ code: result.errors?.[0]?.extensions?.code, field: result.errors?.[0]?.extensions?.field });

/** A createUnit input: a province when there is no parent, a commune under it otherwise. */
export const unitInput = (unitId: string, nameVi: string, parentId: string | null, effectiveFrom = '2025-01-01') =>
  `{ unitId: "${unitId}", nameVi: "${nameVi}", organisation: "union", levelLabel: "${parentId ? 'Đoàn xã' : 'Tỉnh đoàn'}", ${parentId ? `parentId: "${parentId}",` : ''} flags: { mountainous: true }, effectiveFrom: "${effectiveFrom}" }`;
