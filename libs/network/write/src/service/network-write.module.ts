import { type DynamicModule, Module } from '@nestjs/common';
import { eventTopicOf } from '@tn/shared-event-bus';
import { type CommandRoute, EventSourcingModule, ProjectionsModule, reactorsProvider } from '@tn/shared-event-sourcing-nest';
import { MongoEventStore } from '@tn/shared-event-store';
import { EndedSessions, LocalHierarchy, LocalPeople, RegistryFeedModule } from '@tn/shared-registry-feed';
import { MongoConnection } from '@tn/shared-service-kit';
import { networkEventTypes } from '@tn/network-contracts';
import { lookupsFrom, type NetworkLookups } from '../lookups';
import { groupRoutes } from '../groups/group-routes';
import { needRoutes } from '../needs/need-routes';
import { networkRoutes } from '../networks/network-routes';
import { partnerRoutes } from '../partners/partner-routes';
import { networkAuthoriser } from './network-authoriser';
import { networkFeeds } from './network-feeds';
import { NETWORK_REGISTRY_FEED } from './network-registry-feed';

/** A provider with no value of its own: it hands the store and the database to the look-ups once Nest has made them. */
const CONNECTIONS_ATTACHMENT = Symbol('CONNECTIONS_ATTACHMENT');

/** Every command the network service decides, with the look-ups they read. */
export const allNetworkRoutes = (lookups: NetworkLookups): CommandRoute[] => [
  ...groupRoutes(lookups),
  ...networkRoutes(lookups),
  ...partnerRoutes(lookups),
  ...needRoutes(lookups),
];

/**
 * The network service's write side: group, network, partner, agreement and need commands over
 * Kafka request/reply with the service's own authorisation (over its copy of the registry), its
 * local copies (registry accounts, campaigns activities, its own group hosts and partner
 * accounts), and its reactors (merger carry, group activity, date booking).
 */
@Module({})
export class NetworkWriteModule {
  /** `context` is the network context name with the deployment's topic prefix (`network` by default). */
  static forRoot(options: { context: string; keyEncryptionKey: Buffer; authTokenSecret: Buffer; topicPrefix?: string }): DynamicModule {
    const topicPrefix = options.topicPrefix ?? '';
    let store: MongoEventStore | undefined;
    let mongo: MongoConnection | undefined;
    const db = () => {
      if (!mongo) throw new Error('database not ready');
      return mongo.connection.db!;
    };
    // The registry's hierarchy, people and ended sessions, projected locally (ADR 0008).
    const hierarchy = new LocalHierarchy();
    const endedSessions = new EndedSessions();
    const people = new LocalPeople();
    const topic = eventTopicOf(options.context);
    const feeds = networkFeeds({ topicPrefix, topic, db });
    const lookups = lookupsFrom(
      () => {
        if (!store) throw new Error('event store not ready');
        return store;
      },
      {
        knownUnitOn: (unitId, date) => hierarchy.isActiveOn(unitId, date),
        lineageOf: (unitId, date) => hierarchy.lineageOf(unitId, date),
        ...feeds.lookups,
      },
    );
    const routes = allNetworkRoutes(lookups);
    return {
      module: NetworkWriteModule,
      imports: [
        EventSourcingModule.forRoot({
          context: options.context,
          eventTypes: networkEventTypes,
          commands: routes,
          keyEncryptionKey: options.keyEncryptionKey,
          sealingSecret: options.authTokenSecret,
          authorise: networkAuthoriser({ secret: options.authTokenSecret, lookups, hierarchy, endedSessions, people }),
        }),
        RegistryFeedModule.forRoot({ ...NETWORK_REGISTRY_FEED, topicPrefix, hierarchy, endedSessions, people }),
        ...feeds.projections.map((feed) => ProjectionsModule.forRoot(feed)),
      ],
      providers: [
        {
          provide: CONNECTIONS_ATTACHMENT,
          inject: [MongoEventStore, MongoConnection],
          useFactory: (eventStore: MongoEventStore, connection: MongoConnection) => {
            store = eventStore;
            mongo = connection;
            return true;
          },
        },
        reactorsProvider({ routes, reactions: ({ progressOf }) => feeds.reactions(progressOf, lookups) }),
      ],
    };
  }
}
