import { type DynamicModule, Inject, Injectable, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ProjectionsModule } from '@tn/shared-event-sourcing-nest';
import { HealthIndicators, KafkaConnection, MongoConnection } from '@tn/shared-service-kit';
import type { EndedSessions } from './ended-sessions';
import type { LocalHierarchy } from './local-hierarchy';
import type { LocalPeople } from './local-people';
import { type RegistryFeedNames, registryFeedNamesOf, type RegistryFeedNaming } from './registry-feed-names';
import { RegistryHierarchyLag } from './registry-hierarchy-lag';
import { HIERARCHY_BLOCK_SIZE, hierarchyBlockOf, type HierarchyEventRow, registryHierarchyProjectionOf } from './registry-hierarchy.projection';
import { type RegistryPersonRow, registryPeopleProjectionOf } from './registry-people.projection';
import { endedSessionIdOf, endedSessionsProjectionOf } from './registry-sessions.projection';

export interface RegistryFeedOptions extends RegistryFeedNaming {
  /** Put before the registry's topic and this service's consumer group (KAFKA_TOPIC_PREFIX). */
  topicPrefix: string;
  /** The service's copies, handed their sources once Nest has connected (the service's authoriser reads them). */
  hierarchy: LocalHierarchy;
  endedSessions: EndedSessions;
  people: LocalPeople;
}

const OPTIONS = Symbol('REGISTRY_FEED_OPTIONS');

/**
 * The hierarchy events after `version`, in order: block by block, each one equality query on an
 * indexed field, until a block that does not reach its end (a version range would read every row).
 */
export async function hierarchyEventsAfter(mongo: MongoConnection, collection: string, version: number): Promise<HierarchyEventRow[]> {
  const rows: HierarchyEventRow[] = [];
  for (let block = hierarchyBlockOf(version + 1); ; block++) {
    const found = (await mongo.connection
      .collection(collection)
      .find({ block }, { projection: { _id: 0, version: 1, block: 1, type: 1, data: 1 } })
      .toArray()) as unknown as HierarchyEventRow[];
    rows.push(...found.filter((row) => row.version > version));
    if (!found.some((row) => row.version === (block + 1) * HIERARCHY_BLOCK_SIZE - 1)) break;
  }
  return rows.sort((a, b) => a.version - b.version);
}

/** Hands the local hierarchy, the ended sessions and the people their sources, reports the hierarchy in readiness, and indexes it by version. */
@Injectable()
class RegistryFeedLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RegistryFeed');
  private readonly hierarchyLag: RegistryHierarchyLag;
  private readonly names: RegistryFeedNames;

  constructor(
    @Inject(OPTIONS) options: RegistryFeedOptions,
    private readonly mongo: MongoConnection,
    kafka: KafkaConnection,
    indicators: HealthIndicators,
  ) {
    const names = (this.names = registryFeedNamesOf(options, options.topicPrefix));
    this.hierarchyLag = new RegistryHierarchyLag(kafka.kafka, names.topic, names.groupId);
    options.hierarchy.attach({
      eventsAfter: (version) => hierarchyEventsAfter(mongo, names.collections.hierarchy, version),
      lag: () => this.hierarchyLag.lag(),
    });
    options.endedSessions.attach(
      async (accountId, sessionId) =>
        (await mongo.connection
          .collection(names.collections.endedSessions)
          .findOne({ _id: endedSessionIdOf(accountId, sessionId) as never }, { projection: { _id: 1 } })) !== null,
    );
    options.people.attach(
      async (rowId) =>
        ((await mongo.connection
          .collection(names.collections.people)
          .findOne(
            { _id: rowId as never },
            { projection: { _id: 0, kind: 1, personId: 1, homeUnitId: 1, homeUnits: 1, positions: 1 } },
          )) as unknown as RegistryPersonRow | null) ?? undefined,
    );
    // Not ready until caught up once: commands would otherwise be refused for units on their way.
    indicators.register('registry-hierarchy', () => options.hierarchy.readiness());
  }

  onApplicationBootstrap(): void {
    void this.mongo
      .connected()
      .then(() => this.mongo.connection.collection(this.names.collections.hierarchy).createIndex({ block: 1 }, { name: 'block' }))
      .catch((error: Error) => this.logger.warn(`hierarchy projection index not made: ${error.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.hierarchyLag.close();
  }
}

/**
 * What a service keeps of the registry's events, for its own authorisation (ADR 0008): the
 * organisation hierarchy (folded by `LocalHierarchy`), the sessions the registry has ended
 * (`EndedSessions`), and where its people belong (`LocalPeople`: no personal data), projected
 * from the registry's event topic with the service's own consumer group into the service's own
 * database, under the names its options give (`registryFeedNamesOf`).
 */
@Module({})
export class RegistryFeedModule {
  static forRoot(options: RegistryFeedOptions): DynamicModule {
    const { groupId, topic, collections, projections } = registryFeedNamesOf(options, options.topicPrefix);
    return {
      module: RegistryFeedModule,
      imports: [
        ProjectionsModule.forRoot({
          groupId,
          topics: [topic],
          projections: [
            registryHierarchyProjectionOf(projections.hierarchy, collections.hierarchy),
            endedSessionsProjectionOf(projections.endedSessions, collections.endedSessions),
            registryPeopleProjectionOf(projections.people, collections.people),
          ],
        }),
      ],
      providers: [{ provide: OPTIONS, useValue: options }, RegistryFeedLifecycle],
    };
  }
}
