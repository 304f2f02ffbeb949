import type { KeyObject } from 'node:crypto';
import { type DynamicModule, Module } from '@nestjs/common';
import { campaignEventTypes, checkInKeyFrom } from '@tn/campaigns-contracts';
import { EventSourcingModule } from '@tn/shared-event-sourcing-nest';
import { MongoEventStore } from '@tn/shared-event-store';
import { EndedSessions, LocalHierarchy, LocalPeople, RegistryFeedModule } from '@tn/shared-registry-feed';
import { activityRoutes } from '../activity-routes';
import { type AttendanceRouteOptions, attendanceRoutes } from '../attendance-routes';
import { campaignRoutes } from '../campaign-routes';
import type { CoordinationModelLookup } from '../coordination-model-check';
import { lookupsFrom } from '../lookups';
import type { NetworkDirectoryLookup, UnitLineage } from '../network-directory-check';
import { outputRoutes } from '../output-routes';
import { type ParticipationRouteOptions, participationRoutes } from '../participation-routes';
import { campaignsAuthoriser } from './campaigns-authoriser';
import { CAMPAIGNS_REGISTRY_FEED } from './campaigns-registry-feed';
import { LocalCoordinationModels } from './local-coordination-models';
import { LocalNetworkDirectory } from './local-network-directory';
import { NetworkFeedModule } from './network-feed.module';
import { TrainingFeedModule } from './training-feed.module';

/** A provider with no value of its own: it hands the store to the look-ups once Nest has made it. */
const STORE_ATTACHMENT = Symbol('STORE_ATTACHMENT');

/** Every command the campaigns service decides, with the look-ups they read (training's coordination models and the network's directory among them). */
export const allCampaignRoutes = (
  lookups: Parameters<typeof campaignRoutes>[0],
  options: ParticipationRouteOptions &
    AttendanceRouteOptions & { coordinationModels: CoordinationModelLookup; networkDirectory: NetworkDirectoryLookup; hierarchy: UnitLineage },
) => [
  ...campaignRoutes(lookups, options.coordinationModels),
  ...activityRoutes(lookups, options.coordinationModels, options.networkDirectory),
  ...participationRoutes(lookups, options),
  ...attendanceRoutes(lookups, options),
  ...outputRoutes(lookups, options.networkDirectory, options.hierarchy),
];

/**
 * The campaigns service's write side: campaign, activity, shift, attendance and certificate
 * commands over Kafka request/reply, with the service's own authorisation.
 */
@Module({})
export class CampaignsWriteModule {
  /** `context` is the campaigns context name with the deployment's topic prefix (`campaigns` by default). */
  static forRoot(options: {
    context: string;
    keyEncryptionKey: Buffer;
    authTokenSecret: Buffer;
    /** Ed25519 private key that signs certificates' verification codes (CERTIFICATE_SIGNING_KEY). */
    certificateSigningKey: KeyObject;
    /** The deployment's KAFKA_TOPIC_PREFIX: names the registry's, training's and the network's topics and this service's consumer groups on them. */
    topicPrefix?: string;
  }): DynamicModule {
    let store: MongoEventStore | undefined;
    const lookups = lookupsFrom(() => {
      if (!store) throw new Error('event store not ready');
      return store;
    });
    // The registry's hierarchy and ended sessions, projected locally: grants count over whole
    // unit subtrees, and tokens of ended sessions are refused (ADR 0008).
    const hierarchy = new LocalHierarchy();
    const endedSessions = new EndedSessions();
    const people = new LocalPeople();
    // Training's coordination-model catalogue, projected locally: a command may name only a published model (ADR 0019).
    const coordinationModels = new LocalCoordinationModels();
    // The network's groups, partners and agreements, projected locally: an activity's participants and a resource's agreement must be known there.
    const networkDirectory = new LocalNetworkDirectory();
    const eventSourcing = EventSourcingModule.forRoot({
      context: options.context,
      eventTypes: campaignEventTypes,
      commands: allCampaignRoutes(lookups, {
        certificateSigningKey: options.certificateSigningKey,
        checkInKey: checkInKeyFrom(options.authTokenSecret),
        coordinationModels,
        networkDirectory,
        hierarchy,
      }),
      keyEncryptionKey: options.keyEncryptionKey,
      sealingSecret: options.authTokenSecret,
      authorise: campaignsAuthoriser({ secret: options.authTokenSecret, lookups, hierarchy, endedSessions, people }),
    });
    return {
      module: CampaignsWriteModule,
      imports: [
        eventSourcing,
        RegistryFeedModule.forRoot({ ...CAMPAIGNS_REGISTRY_FEED, topicPrefix: options.topicPrefix ?? '', hierarchy, endedSessions, people }),
        TrainingFeedModule.forRoot({ topicPrefix: options.topicPrefix ?? '', models: coordinationModels }),
        NetworkFeedModule.forRoot({ topicPrefix: options.topicPrefix ?? '', directory: networkDirectory }),
      ],
      providers: [
        {
          provide: STORE_ATTACHMENT,
          inject: [MongoEventStore],
          useFactory: (eventStore: MongoEventStore) => {
            store = eventStore;
            return true;
          },
        },
      ],
    };
  }
}
