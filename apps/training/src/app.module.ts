import { type DynamicModule, Module } from '@nestjs/common';
import { type ServiceDefinition, ServiceKitModule } from '@tn/shared-service-kit';
import { type TrainingConfig, loadTrainingConfig } from './config';

/** The training service owns curricula, coordination-model catalogue, courses, enrolments and completions. */
@Module({})
export class TrainingAppModule {
  static register(config: TrainingConfig): DynamicModule {
    return {
      module: TrainingAppModule,
      imports: [ServiceKitModule.forRoot({ service: 'training', config })],
    };
  }
}

export const trainingService: ServiceDefinition<TrainingConfig> = {
  service: 'training',
  loadConfig: loadTrainingConfig,
  rootModule: (config) => TrainingAppModule.register(config),
};
