import { type DynamicModule, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { CoordinationModelCopy } from '@tn/campaigns-contracts';
import { StreamPartitionLag } from '@tn/shared-event-bus';
import { ProjectionsModule } from '@tn/shared-event-sourcing-nest';
import { HealthIndicators, KafkaConnection, MongoConnection } from '@tn/shared-service-kit';
import { campaignsTrainingFeedNamesOf } from './campaigns-training-feed';
import { coordinationModelsProjectionOf } from './coordination-models.projection';
import type { LocalCoordinationModels } from './local-coordination-models';

export interface TrainingFeedOptions {
  /** Put before training's topic and this service's consumer group (KAFKA_TOPIC_PREFIX). */
  topicPrefix: string;
  /** The copy the routes read, handed its source once Nest has connected. */
  models: LocalCoordinationModels;
}

const OPTIONS = Symbol('TRAINING_FEED_OPTIONS');

/** Hands the local catalogue its source (the projected documents and the consumer group's lag) and reports it in readiness. */
@Injectable()
class TrainingFeedLifecycle implements OnApplicationShutdown {
  private readonly lag: StreamPartitionLag;

  constructor(@Inject(OPTIONS) options: TrainingFeedOptions, mongo: MongoConnection, kafka: KafkaConnection, indicators: HealthIndicators) {
    const names = campaignsTrainingFeedNamesOf(options.topicPrefix);
    this.lag = new StreamPartitionLag(kafka.kafka, names.topic, names.groupId);
    options.models.attach({
      // One equality on the id (the projection never deletes a model, so there are no tombstones).
      modelOf: async (modelId) =>
        ((await mongo.connection
          .collection(names.collection)
          .findOne(
            { _id: modelId as never },
            { projection: { _id: 0, modelId: 1, name: 1, status: 1, changedOn: 1 } },
          )) as unknown as CoordinationModelCopy | null) ?? undefined,
      lag: (streamId) => this.lag.lag(streamId),
    });
    indicators.register('training-coordination-models', () => options.models.readiness());
  }

  async onApplicationShutdown(): Promise<void> {
    await this.lag.close();
  }
}

/**
 * What the campaigns service keeps of training's events: its coordination-model catalogue
 * (ADR 0019), projected from training's topic with the service's own consumer group into its
 * own database, so a command naming a model is checked without asking training.
 */
@Module({})
export class TrainingFeedModule {
  static forRoot(options: TrainingFeedOptions): DynamicModule {
    const { groupId, topic, collection, projection } = campaignsTrainingFeedNamesOf(options.topicPrefix);
    return {
      module: TrainingFeedModule,
      imports: [ProjectionsModule.forRoot({ groupId, topics: [topic], projections: [coordinationModelsProjectionOf(projection, collection)] })],
      providers: [{ provide: OPTIONS, useValue: options }, TrainingFeedLifecycle],
    };
  }
}
