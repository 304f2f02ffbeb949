import { type DynamicModule, Module } from '@nestjs/common';
import { gatewaySlice } from '@tn/gateway-core';
import { TRAINING_CONTEXT } from '@tn/training-contracts';
import { TrainingClient } from './core/training-client';
import { TRAINING_AREAS } from './training-areas';

export interface GatewayTrainingOptions {
  /** Consumer group of the training read models (one per gateway deployment; a new one replays every event). */
  groupId?: string;
}

/**
 * The training service's part of the API: read models projected from its events, queries and
 * mutations, area by area (training-areas.ts). Rights and the hierarchy come from the registry
 * slice (through its index); the consistency tokens of its mutations are honoured by the core's
 * interceptor, because its projector records its batches in the core's checkpoints. Needs
 * GatewayCoreModule.
 */
@Module({})
export class GatewayTrainingModule {
  static forRoot(options: GatewayTrainingOptions = {}): DynamicModule {
    return gatewaySlice({
      module: GatewayTrainingModule,
      context: TRAINING_CONTEXT,
      client: TrainingClient,
      groupId: options.groupId ?? 'gateway-training',
      projections: () => TRAINING_AREAS.flatMap((area) => area.projections),
      providers: TRAINING_AREAS.flatMap((area) => area.providers),
    });
  }
}
