import { type DynamicModule, Module } from '@nestjs/common';
import { connectCommandTransport } from '@tn/shared-event-sourcing-nest';
import { type ServiceDefinition, ServiceKitModule } from '@tn/shared-service-kit';
import { TRAINING_CONTEXT } from '@tn/training-contracts';
import { TrainingWriteModule } from '@tn/training-write';
import { type TrainingConfig, loadTrainingConfig } from './config';

/** Topics and consumer groups carry the deployment's prefix. */
const contextOf = (config: TrainingConfig) => `${config.KAFKA_TOPIC_PREFIX}${TRAINING_CONTEXT}`;

/** The training service owns curricula, materials, the coordination-model catalogue, qualifications, courses and capacity assessments. */
@Module({})
export class TrainingAppModule {
  static register(config: TrainingConfig): DynamicModule {
    return {
      module: TrainingAppModule,
      imports: [
        ServiceKitModule.forRoot({ service: 'training', config }),
        TrainingWriteModule.forRoot({
          context: contextOf(config),
          keyEncryptionKey: Buffer.from(config.DATA_KEY_ENCRYPTION_KEY, 'base64'),
          authTokenSecret: Buffer.from(config.AUTH_TOKEN_SECRET, 'base64'),
          topicPrefix: config.KAFKA_TOPIC_PREFIX,
        }),
      ],
    };
  }
}

export const trainingService: ServiceDefinition<TrainingConfig> = {
  service: 'training',
  loadConfig: loadTrainingConfig,
  rootModule: (config) => TrainingAppModule.register(config),
  beforeListen: (app, config) => connectCommandTransport(app, { context: contextOf(config), brokers: config.KAFKA_BROKERS }),
};
