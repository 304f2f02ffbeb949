import { randomUUID } from 'node:crypto';
import { type DynamicModule, Injectable, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { REGISTRY_CONTEXT } from '@tn/registry-contracts';
import { eventTopicOf } from '@tn/shared-event-bus';
import { ProjectionsModule } from '@tn/shared-event-sourcing-nest';
import { HealthIndicators, MetricsService, MongoConnection } from '@tn/shared-service-kit';
import type { Connection } from 'mongoose';
import { ApiErrorFilter } from './core/api-error.filter';
import { AuthChanges } from './core/auth-changes';
import { AuthSecret } from './core/auth-secret';
import { type BackendServices, watchServiceClient } from './core/backend-services';
import type { AdmissionOptions } from './core/command-admission';
import { ProjectionCheckpoints } from './core/consistency';
import { ConsistencyInterceptor } from './core/consistency.interceptor';
import { useReadModelConnection } from './core/loaders';
import { ReadModelCipher, readModelCipher, useReadModelCipher } from './core/read-model-cipher';
import { ReadModelIndexes } from './core/read-model-indexes';
import { RegistryClient } from './core/registry-client';
import { revealThrough } from './core/reveal';
import { inputValidationPipe } from './core/validation';
import { AccountChangesResolver } from './people/account-changes.resolver';
import { accountProjection } from './people/account.read-model';
import { CadreChangesResolver } from './people/cadre-changes.resolver';
import { cadreProjection } from './people/cadre.read-model';
import { CadresAccountsResolver } from './people/cadres-accounts.resolver';
import { VolunteerChangesResolver } from './people/volunteer-changes.resolver';
import { volunteerProjection } from './people/volunteer.read-model';
import { VolunteersResolver } from './people/volunteers.resolver';
import { unitChildrenProjection } from './units/unit-children.read-model';
import { unitProjection } from './units/unit.read-model';
import { UnitsResolver } from './units/units.resolver';

/** Connects the registry client in the background and reports it in readiness. */
@Injectable()
class RegistryClientLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly client: RegistryClient,
    mongo: MongoConnection,
    indicators: HealthIndicators,
    metrics: MetricsService,
    secret: AuthSecret,
  ) {
    useReadModelConnection(mongo.connection);
    useReadModelCipher(new ReadModelCipher(mongo.connection, secret.key));
    watchServiceClient('registry', client, { indicators, metrics });
  }

  onApplicationBootstrap(): void {
    void this.client.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.close();
  }
}

export interface GatewayRegistryOptions {
  brokers: string[];
  authSecret: Buffer;
  /** Put before the registry's topics and the gateway's consumer groups (see KAFKA_TOPIC_PREFIX). */
  topicPrefix?: string;
  /** Consumer group of the registry read models (one per gateway deployment). */
  groupId?: string;
  /** Where platformStatus finds the registry's command path. */
  services?: BackendServices;
  /** Load shedding of its commands (ADR 0013). */
  admission?: Partial<AdmissionOptions>;
}

/** The registry's part of the API: read models projected from its events, queries, mutations. */
@Module({})
export class GatewayRegistryModule {
  static forRoot(options: GatewayRegistryOptions): DynamicModule {
    const context = `${options.topicPrefix ?? ''}${REGISTRY_CONTEXT}`;
    const client = new RegistryClient({
      context,
      brokers: options.brokers,
      clientId: 'gateway-registry',
      sealingSecret: options.authSecret,
      // Each instance reads every reply in a group of its own: not named by the process id, which
      // is 1 in every container (two gateways would share a group and each miss half the replies).
      replyGroupId: `${options.topicPrefix ?? ''}gateway-registry-replies-${randomUUID()}`,
      admission: options.admission,
    });
    options.services?.add('registry', client);
    let connection: Connection | undefined;
    const checkpoints = new ProjectionCheckpoints(() => {
      if (!connection) throw new Error('read-model connection not ready');
      return connection;
    });
    return {
      module: GatewayRegistryModule,
      imports: [
        ProjectionsModule.forRoot({
          groupId: options.groupId ?? 'gateway-registry',
          topics: [eventTopicOf(context)],
          projections: [unitProjection, unitChildrenProjection, volunteerProjection, cadreProjection, accountProjection],
          ...revealThrough(client, options.authSecret, readModelCipher),
          onBatchProjected: (envelopes) => checkpoints.record(envelopes),
        }),
      ],
      providers: [
        { provide: RegistryClient, useValue: client },
        { provide: AuthSecret, useValue: new AuthSecret(options.authSecret) },
        {
          provide: ProjectionCheckpoints,
          inject: [MongoConnection],
          useFactory: (mongo: MongoConnection) => {
            connection = mongo.connection;
            return checkpoints;
          },
        },
        {
          provide: AuthChanges,
          inject: [ProjectionCheckpoints, MongoConnection],
          useFactory: (projected: ProjectionCheckpoints, mongo: MongoConnection) => new AuthChanges(() => mongo.connection, projected),
        },
        RegistryClientLifecycle,
        ReadModelIndexes,
        { provide: APP_INTERCEPTOR, useClass: ConsistencyInterceptor },
        { provide: APP_PIPE, useFactory: inputValidationPipe },
        { provide: APP_FILTER, useClass: ApiErrorFilter },
        UnitsResolver,
        VolunteersResolver,
        CadresAccountsResolver,
        CadreChangesResolver,
        VolunteerChangesResolver,
        AccountChangesResolver,
      ],
      exports: [RegistryClient, AuthSecret, ProjectionCheckpoints],
    };
  }
}
