import { type DynamicModule, Module } from '@nestjs/common';
import { eventTopicOf } from '@tn/shared-event-bus';
import { type CommandRoute, EventSourcingModule, ProjectionsModule, reactorsProvider } from '@tn/shared-event-sourcing-nest';
import { MongoEventStore } from '@tn/shared-event-store';
import { EndedSessions, LocalHierarchy, LocalPeople, RegistryFeedModule } from '@tn/shared-registry-feed';
import { MongoConnection } from '@tn/shared-service-kit';
import { trainingEventTypes } from '@tn/training-contracts';
import { assessmentRoutes } from '../assessment-routes';
import { catalogueRoutes } from '../catalogue-routes';
import { courseCompletionReaction } from '../completions/completion-reaction';
import { courseRoutes } from '../course-routes';
import { lookupsFrom, type TrainingLookups } from '../lookups';
import { QUALIFICATION_KINDS_PROJECTION, type QualificationKindEntry, qualificationKindsProjection } from '../qualification-kinds.projection';
import { qualificationRoutes } from '../qualification-routes';
import { trainingAuthoriser } from './training-authoriser';
import { TRAINING_REGISTRY_FEED } from './training-registry-feed';

/** A provider with no value of its own: it hands the store and the database to the look-ups once Nest has made them. */
const CONNECTIONS_ATTACHMENT = Symbol('CONNECTIONS_ATTACHMENT');

/** Every command the training service decides, with the look-ups they read. */
export const allTrainingRoutes = (lookups: TrainingLookups): CommandRoute[] => [
  ...catalogueRoutes(lookups),
  ...qualificationRoutes(lookups),
  ...courseRoutes(lookups),
  ...assessmentRoutes(lookups),
];

const KIND_ENTRY_FIELDS = { _id: 0, kindId: 1, grantingCurriculumIds: 1, renewingCurriculumIds: 1, isTrainerQualification: 1, leadingRenews: 1 };

/**
 * The training service's write side: catalogue, qualification, course and assessment commands
 * over Kafka request/reply with the service's own authorisation (over its copy of the registry),
 * the qualification kinds' projection, and the completion reactor that turns a completed course
 * into its trainees' qualification commands.
 */
@Module({})
export class TrainingWriteModule {
  /** `context` is the training context name with the deployment's topic prefix (`training` by default). */
  static forRoot(options: {
    context: string;
    keyEncryptionKey: Buffer;
    authTokenSecret: Buffer;
    /** The deployment's KAFKA_TOPIC_PREFIX: names the registry's topic and this service's consumer groups. */
    topicPrefix?: string;
  }): DynamicModule {
    const topicPrefix = options.topicPrefix ?? '';
    let store: MongoEventStore | undefined;
    let mongo: MongoConnection | undefined;
    const lookups = lookupsFrom(
      () => {
        if (!store) throw new Error('event store not ready');
        return store;
      },
      async () => {
        if (!mongo) throw new Error('database not ready');
        const entries = mongo.connection.collection(QUALIFICATION_KINDS_PROJECTION.collection).find({}, { projection: KIND_ENTRY_FIELDS });
        return (await entries.toArray()) as unknown as QualificationKindEntry[];
      },
    );
    // The registry's hierarchy, people and ended sessions, projected locally (ADR 0008).
    const hierarchy = new LocalHierarchy();
    const endedSessions = new EndedSessions();
    const people = new LocalPeople();
    const routes = allTrainingRoutes(lookups);
    const topic = eventTopicOf(options.context);
    const kindsGroupId = `${topicPrefix}${QUALIFICATION_KINDS_PROJECTION.groupSuffix}`;
    return {
      module: TrainingWriteModule,
      imports: [
        EventSourcingModule.forRoot({
          context: options.context,
          eventTypes: trainingEventTypes,
          commands: routes,
          keyEncryptionKey: options.keyEncryptionKey,
          sealingSecret: options.authTokenSecret,
          authorise: trainingAuthoriser({ secret: options.authTokenSecret, lookups, hierarchy, endedSessions, people }),
        }),
        RegistryFeedModule.forRoot({ ...TRAINING_REGISTRY_FEED, topicPrefix, hierarchy, endedSessions, people }),
        ProjectionsModule.forRoot({ groupId: kindsGroupId, topics: [topic], projections: [qualificationKindsProjection] }),
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
        reactorsProvider({
          routes,
          reactions: ({ progressOf }) => [courseCompletionReaction({ topic, topicPrefix, kindsGroupId, kindsProgress: progressOf(topic), lookups })],
        }),
      ],
    };
  }
}
