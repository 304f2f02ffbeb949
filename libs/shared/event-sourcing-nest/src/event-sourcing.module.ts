import { type DynamicModule, Module } from '@nestjs/common';
import { commandTopicOf, EventTypeRegistry, personalDataErasedDefinition } from '@tn/shared-event-contracts';
import { MongoEventStore, PersonalDataEraser, PersonalDataProtector, SnapshotStore, SubjectKeyStore } from '@tn/shared-event-store';
import { MetricsService, MongoConnection } from '@tn/shared-service-kit';
import { createCommandController } from './command-controller.factory';
import { CommandDispatcher } from './command-dispatcher';
import { CommandTransportState } from './command-transport';
import type { EventSourcingOptions } from './event-sourcing-options';
import { OutboxRelayService } from './outbox-relay.service';
import { EVENT_SOURCING_OPTIONS } from './tokens';

/**
 * The write side of a bounded context in one import: its event store (with personal-data
 * protection and snapshots), the generic command handler behind a Kafka request/reply
 * controller, and the outbox relay. Needs ServiceKitModule (MongoDB, Kafka, metrics, health).
 */
@Module({})
export class EventSourcingModule {
  static forRoot(options: EventSourcingOptions): DynamicModule {
    return {
      module: EventSourcingModule,
      controllers: [createCommandController(commandTopicOf(options.context), options.sealingSecret)],
      providers: [
        { provide: EVENT_SOURCING_OPTIONS, useValue: options },
        {
          provide: EventTypeRegistry,
          useFactory: () => new EventTypeRegistry([...options.eventTypes, personalDataErasedDefinition]),
        },
        {
          provide: SubjectKeyStore,
          inject: [MongoConnection],
          useFactory: (mongo: MongoConnection) => new SubjectKeyStore(mongo.connection, options.keyEncryptionKey),
        },
        {
          provide: PersonalDataProtector,
          inject: [EventTypeRegistry, SubjectKeyStore],
          useFactory: (registry: EventTypeRegistry, keys: SubjectKeyStore) => new PersonalDataProtector(registry, keys),
        },
        {
          provide: MongoEventStore,
          inject: [MongoConnection, EventTypeRegistry, PersonalDataProtector],
          useFactory: (mongo: MongoConnection, registry: EventTypeRegistry, protector: PersonalDataProtector) =>
            new MongoEventStore(mongo.connection, { registry, protector }),
        },
        {
          provide: SnapshotStore,
          inject: [MongoConnection],
          useFactory: (mongo: MongoConnection) => new SnapshotStore(mongo.connection),
        },
        {
          provide: PersonalDataEraser,
          inject: [MongoEventStore, SubjectKeyStore, SnapshotStore],
          useFactory: (store: MongoEventStore, keys: SubjectKeyStore, snapshots: SnapshotStore) => new PersonalDataEraser(store, keys, snapshots),
        },
        {
          provide: CommandDispatcher,
          inject: [MongoEventStore, SnapshotStore, MetricsService],
          useFactory: (store: MongoEventStore, snapshots: SnapshotStore, metrics: MetricsService) =>
            new CommandDispatcher(store, snapshots, options.commands, options.authorise, {
              onExpired: (envelope) => metrics.commandsExpired.inc({ context: options.context, type: envelope.type }),
            }),
        },
        OutboxRelayService,
        CommandTransportState,
      ],
      exports: [MongoEventStore, SnapshotStore, PersonalDataEraser, EventTypeRegistry, CommandDispatcher, CommandTransportState],
    };
  }
}
