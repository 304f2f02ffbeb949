import { type DynamicModule, Module } from '@nestjs/common';
import { type CommandRoute, EventSourcingModule } from '@tn/shared-event-sourcing-nest';
import { MongoEventStore } from '@tn/shared-event-store';
import { EndedSessions, LocalHierarchy, LocalPeople, RegistryFeedModule } from '@tn/shared-registry-feed';
import { childrenAsOf, versionAsOf } from '@tn/shared-unit-hierarchy';
import { reportingEventTypes, reportingPublicEvents } from '@tn/reporting-contracts';
import { declaredValueRoutes } from '../declared/declared-value-routes';
import { indicatorRoutes } from '../indicators/indicator-routes';
import { lookupsFrom, type ReportingLookups } from '../lookups';
import { planRoutes } from '../plans/plan-routes';
import { publishedValuesRoutes } from '../published/published-values-routes';
import { reportRoutes } from '../reports/report-routes';
import { scheduleRoutes } from '../schedules/schedule-routes';
import { reportingAuthoriser } from './reporting-authoriser';
import { REPORTING_REGISTRY_FEED } from './reporting-registry-feed';

/** A provider with no value of its own: it hands the event store to the look-ups once Nest has made it. */
const STORE_ATTACHMENT = Symbol('STORE_ATTACHMENT');

/** Every command the reporting service decides. */
export const allReportingRoutes = (lookups: ReportingLookups): CommandRoute[] => [
  ...indicatorRoutes(),
  ...declaredValueRoutes(),
  ...publishedValuesRoutes(),
  ...planRoutes(lookups),
  ...reportRoutes(lookups),
  ...scheduleRoutes(),
];

/**
 * The reporting service's write side: plan indicator definitions (versioned) and declared values
 * over Kafka request/reply, with the service's own authorisation over its copy of the registry.
 * Its events reach the gateway's indicator engine through the outbox and the `reporting` topic.
 */
@Module({})
export class ReportingWriteModule {
  /** `context` is the reporting context name with the deployment's topic prefix (`reporting` by default). */
  static forRoot(options: { context: string; keyEncryptionKey: Buffer; authTokenSecret: Buffer; topicPrefix?: string }): DynamicModule {
    let store: MongoEventStore | undefined;
    // The registry's hierarchy and ended sessions, projected locally (ADR 0008); people are kept as every copy keeps them, unread here.
    const hierarchy = new LocalHierarchy();
    const endedSessions = new EndedSessions();
    const people = new LocalPeople();
    const lookups = lookupsFrom(
      () => {
        if (!store) throw new Error('event store not ready');
        return store;
      },
      {
        lineageOf: (unitId, date) => hierarchy.lineageOf(unitId, date),
        levelLabelOf: (unitId, date) => versionAsOf(hierarchy.snapshot().units[unitId], date)?.profile.levelLabel,
        childrenOf: (unitId, date) => childrenAsOf(hierarchy.snapshot(), unitId, date),
        parentOf: (unitId, date) => versionAsOf(hierarchy.snapshot().units[unitId], date)?.parentId ?? undefined,
      },
    );
    return {
      module: ReportingWriteModule,
      imports: [
        EventSourcingModule.forRoot({
          context: options.context,
          eventTypes: reportingEventTypes,
          // Published indicator values also go out in their public form (`<context>.public`), for analytics consumers.
          publicEvents: reportingPublicEvents,
          commands: allReportingRoutes(lookups),
          keyEncryptionKey: options.keyEncryptionKey,
          sealingSecret: options.authTokenSecret,
          authorise: reportingAuthoriser({ secret: options.authTokenSecret, lookups, hierarchy, endedSessions }),
        }),
        RegistryFeedModule.forRoot({ ...REPORTING_REGISTRY_FEED, topicPrefix: options.topicPrefix ?? '', hierarchy, endedSessions, people }),
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
