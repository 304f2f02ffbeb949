import { type DynamicModule, Module } from '@nestjs/common';
import { registryEventTypes, registryRequestsTopicOf } from '@tn/registry-contracts';
import { type CommandRoute, EventSourcingModule } from '@tn/shared-event-sourcing-nest';
import { MongoEventStore, PersonalDataEraser } from '@tn/shared-event-store';
import { hashPassword, openSecret } from '@tn/shared-auth';
import { hierarchyRoutes } from '../hierarchy-routes';
import { peopleRoutes, type RegistryLookups } from '../people-routes';
import { AuthRequests } from './auth-requests';
import { HierarchyView } from './hierarchy-view';
import { accountStateFrom, ownerUnitsFrom, personUnitsFrom } from './owner-units';
import { PersonalDataRequests } from './personal-data-requests';
import { registryAuthoriser } from './registry-authoriser';
import { createRegistryRequestsController, RegistryRequestsHandler } from './registry-requests.controller';
import { RegistrySettings } from './registry-settings';

/** A provider with no value of its own: it hands the store to the view once Nest has made it. */
const STORE_ATTACHMENT = Symbol('STORE_ATTACHMENT');

/** People commands look the hierarchy up first, so the view is caught up before they decide. */
const afterRefresh = (view: HierarchyView, route: CommandRoute): CommandRoute => ({
  ...route,
  toCommand: async (payload, envelope) => {
    await view.refresh();
    return route.toCommand(payload, envelope);
  },
});

/**
 * The registry's write side: hierarchy and people commands over Kafka request/reply with the
 * service's own authorisation, and the requests for sign-in, decryption and subject rights.
 */
@Module({})
export class RegistryWriteModule {
  /** `context` is the registry's context name with the deployment's topic prefix (`registry` by default). */
  static forRoot(options: { context: string; keyEncryptionKey: Buffer; settings: RegistrySettings }): DynamicModule {
    const view = new HierarchyView();
    let store: MongoEventStore | undefined;
    const storeOf = () => {
      if (!store) throw new Error('event store not ready');
      return store;
    };
    const lookups: RegistryLookups = {
      isUnitActiveOn: (unitId, date) => view.isUnitActiveOn(unitId, date),
      hashPassword,
      // Passwords arrive sealed by the gateway (never in clear in Kafka).
      openSealedPassword: (sealed) => openSecret(options.settings.secret, sealed),
    };
    const eventSourcing = EventSourcingModule.forRoot({
      context: options.context,
      eventTypes: registryEventTypes,
      commands: [...hierarchyRoutes, ...peopleRoutes(lookups).map((route) => afterRefresh(view, route))],
      keyEncryptionKey: options.keyEncryptionKey,
      sealingSecret: options.settings.secret,
      authorise: registryAuthoriser({
        secret: options.settings.secret,
        view,
        ownerUnits: ownerUnitsFrom(storeOf),
        personUnits: personUnitsFrom(storeOf),
        accountOf: accountStateFrom(storeOf),
      }),
    });
    return {
      module: RegistryWriteModule,
      imports: [eventSourcing],
      controllers: [createRegistryRequestsController(registryRequestsTopicOf(options.context))],
      providers: [
        { provide: HierarchyView, useValue: view },
        { provide: RegistrySettings, useValue: options.settings },
        {
          provide: STORE_ATTACHMENT,
          inject: [MongoEventStore],
          useFactory: (eventStore: MongoEventStore) => {
            store = eventStore;
            view.attach(eventStore);
            return true;
          },
        },
        {
          provide: AuthRequests,
          inject: [MongoEventStore, RegistrySettings],
          useFactory: (eventStore: MongoEventStore, settings: RegistrySettings) =>
            new AuthRequests(eventStore, {
              secret: settings.secret,
              accessTokenTtlSeconds: settings.accessTokenTtlSeconds,
              refreshTokenTtlDays: settings.refreshTokenTtlDays,
            }),
        },
        {
          provide: RegistryRequestsHandler,
          inject: [AuthRequests, PersonalDataRequests, RegistrySettings],
          useFactory: (auth: AuthRequests, personalData: PersonalDataRequests, settings: RegistrySettings) =>
            new RegistryRequestsHandler(auth, personalData, settings),
        },
        {
          provide: PersonalDataRequests,
          inject: [MongoEventStore, PersonalDataEraser, HierarchyView],
          useFactory: (eventStore: MongoEventStore, eraser: PersonalDataEraser, hierarchy: HierarchyView) =>
            new PersonalDataRequests(
              eventStore,
              eraser,
              hierarchy,
              accountStateFrom(() => eventStore),
            ),
        },
      ],
    };
  }
}
