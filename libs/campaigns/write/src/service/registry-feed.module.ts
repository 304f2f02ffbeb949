import { type DynamicModule, Inject, Injectable, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { eventTopicOf } from '@tn/shared-event-bus';
import { ProjectionsModule } from '@tn/shared-event-sourcing-nest';
import { HealthIndicators, KafkaConnection, MongoConnection } from '@tn/shared-service-kit';
import { HIERARCHY_CONTEXT } from '@tn/shared-unit-hierarchy';
import type { EndedSessions } from './ended-sessions';
import type { LocalHierarchy } from './local-hierarchy';
import type { LocalPeople } from './local-people';
import { RegistryHierarchyLag } from './registry-hierarchy-lag';
import {
  HIERARCHY_BLOCK_SIZE,
  hierarchyBlockOf,
  type HierarchyEventRow,
  REGISTRY_HIERARCHY_COLLECTION,
  registryHierarchyProjection,
} from './registry-hierarchy.projection';
import { REGISTRY_PEOPLE_COLLECTION, type RegistryPersonRow, registryPeopleProjection } from './registry-people.projection';
import { ENDED_SESSIONS_COLLECTION, endedSessionIdOf, endedSessionsProjection } from './registry-sessions.projection';

export interface RegistryFeedOptions {
  /** Put before the registry's topic and this service's consumer group (KAFKA_TOPIC_PREFIX). */
  topicPrefix: string;
  hierarchy: LocalHierarchy;
  endedSessions: EndedSessions;
  people: LocalPeople;
}

const OPTIONS = Symbol('REGISTRY_FEED_OPTIONS');
// v2: hierarchy rows carry their block, in a collection of their own, filled from the registry's topic.
const registryFeedGroupOf = (topicPrefix: string) => `${topicPrefix}campaigns-registry-feed-v2`;

/**
 * The hierarchy events after `version`, in order: block by block, each one equality query on an
 * indexed field, until a block that does not reach its end (a version range would read every row).
 */
async function hierarchyEventsAfter(mongo: MongoConnection, version: number): Promise<HierarchyEventRow[]> {
  const rows: HierarchyEventRow[] = [];
  for (let block = hierarchyBlockOf(version + 1); ; block++) {
    const found = (await mongo.connection
      .collection(REGISTRY_HIERARCHY_COLLECTION)
      .find({ block }, { projection: { _id: 0, version: 1, block: 1, type: 1, data: 1 } })
      .toArray()) as unknown as HierarchyEventRow[];
    rows.push(...found.filter((row) => row.version > version));
    if (!found.some((row) => row.version === (block + 1) * HIERARCHY_BLOCK_SIZE - 1)) break;
  }
  return rows.sort((a, b) => a.version - b.version);
}

/** Hands the local hierarchy and the ended sessions their sources, reports the hierarchy in readiness, and indexes it by version. */
@Injectable()
class RegistryFeedLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RegistryFeed');
  private readonly hierarchyLag: RegistryHierarchyLag;

  constructor(
    @Inject(OPTIONS) options: RegistryFeedOptions,
    private readonly mongo: MongoConnection,
    kafka: KafkaConnection,
    indicators: HealthIndicators,
  ) {
    const topic = eventTopicOf(`${options.topicPrefix}${HIERARCHY_CONTEXT}`);
    const groupId = registryFeedGroupOf(options.topicPrefix);
    this.hierarchyLag = new RegistryHierarchyLag(kafka.kafka, topic, groupId);
    options.hierarchy.attach({
      eventsAfter: (version) => hierarchyEventsAfter(mongo, version),
      lag: () => this.hierarchyLag.lag(),
    });
    options.endedSessions.attach(
      async (accountId, sessionId) =>
        (await mongo.connection
          .collection(ENDED_SESSIONS_COLLECTION)
          .findOne({ _id: endedSessionIdOf(accountId, sessionId) as never }, { projection: { _id: 1 } })) !== null,
    );
    options.people.attach(
      async (rowId) =>
        ((await mongo.connection
          .collection(REGISTRY_PEOPLE_COLLECTION)
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
      .then(() => this.mongo.connection.collection(REGISTRY_HIERARCHY_COLLECTION).createIndex({ block: 1 }, { name: 'block' }))
      .catch((error: Error) => this.logger.warn(`hierarchy projection index not made: ${error.message}`));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.hierarchyLag.close();
  }
}

/**
 * What the campaigns service keeps of the registry's events, for its own authorisation (ADR
 * 0008): the organisation hierarchy (folded by `LocalHierarchy`), the sessions the registry
 * has ended, and where its people belong (`LocalPeople`: no personal data), projected from the registry's event topic with this service's own consumer group
 * into this service's database.
 */
@Module({})
export class RegistryFeedModule {
  static forRoot(options: RegistryFeedOptions): DynamicModule {
    return {
      module: RegistryFeedModule,
      imports: [
        ProjectionsModule.forRoot({
          groupId: registryFeedGroupOf(options.topicPrefix),
          topics: [eventTopicOf(`${options.topicPrefix}${HIERARCHY_CONTEXT}`)],
          projections: [registryHierarchyProjection, endedSessionsProjection, registryPeopleProjection],
        }),
      ],
      providers: [{ provide: OPTIONS, useValue: options }, RegistryFeedLifecycle],
    };
  }
}
