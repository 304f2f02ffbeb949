import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { ApiErrorFilter } from './api-error.filter';
import { AuthSecret } from './auth-secret';
import { BackendServices } from './backend-services';
import { CallerChecks } from './caller-checks';
import { ConsistencyTokens } from './consistency-tokens';
import { GATEWAY_CORE_OPTIONS, type GatewayCoreOptions } from './core-options';
import { ProjectionCheckpoints } from './projection-checkpoints';
import { ReadModelCipher } from './read-model-cipher';
import { ReadModelDirectory } from './read-model-directory';
import { ReadModelIndexes } from './read-model-indexes';
import { GatewayRequestInterceptor } from './request.interceptor';
import { inputValidationPipe } from './validation';

const SHARED = [AuthSecret, ConsistencyTokens, ProjectionCheckpoints, ReadModelCipher, ReadModelDirectory, ReadModelIndexes, CallerChecks, BackendServices];

/**
 * What every slice of the gateway shares, provided once (a global module): the secret, the
 * consistency tokens and checkpoints, the read models' connection, cipher and indexes, the services
 * behind the gateway; and, once for the whole API, the request interceptor, the input
 * validation and the filter of typed errors. The app imports it once, then one module per
 * context (built with gatewaySlice).
 */
@Module({})
export class GatewayCoreModule {
  static forRoot(options: GatewayCoreOptions): DynamicModule {
    return {
      module: GatewayCoreModule,
      global: true,
      providers: [
        { provide: GATEWAY_CORE_OPTIONS, useValue: options },
        { provide: AuthSecret, useValue: new AuthSecret(options.authSecret) },
        ConsistencyTokens,
        ProjectionCheckpoints,
        ReadModelCipher,
        ReadModelDirectory,
        ReadModelIndexes,
        CallerChecks,
        BackendServices,
        { provide: APP_INTERCEPTOR, useClass: GatewayRequestInterceptor },
        { provide: APP_PIPE, useFactory: inputValidationPipe },
        { provide: APP_FILTER, useClass: ApiErrorFilter },
      ],
      exports: [GATEWAY_CORE_OPTIONS, ...SHARED],
    };
  }
}
