import type { Kafka } from 'kafkajs';
import mongoose, { type Connection } from 'mongoose';
import { campaignEventTypes } from '@tn/campaigns-contracts';
import { networkEventTypes } from '@tn/network-contracts';
import { registryEventTypes } from '@tn/registry-contracts';
import { reportingEventTypes } from '@tn/reporting-contracts';
import { OutboxRelay } from '@tn/shared-event-bus';
import { type EventTypeDefinition, EventTypeRegistry, personalDataErasedDefinition } from '@tn/shared-event-contracts';
import { MongoEventStore, PersonalDataProtector, SubjectKeyStore } from '@tn/shared-event-store';
import { trainingEventTypes } from '@tn/training-contracts';
import { campaignInput, campaignRows } from '../national/campaigns-seed-events';
import { PreparedSubjectKeys } from '../national/prepared-subject-keys';
import { progressLine } from '../national/progress';
import { hierarchyInputs } from '../national/registry-seed-events';
import type { SeedInput } from '../national/seed-kit';
import { indicatorActivityInputs } from './activity-seed-events';
import { cadreInputs, cadrePlans } from './cadre-seed-events';
import { declaredInputs } from './declared-seed-events';
import type { IndicatorShape } from './indicator-shape';
import { groupInputs, partnerInputs } from './network-seed-events';
import { catalogueInputs, courseInputs } from './training-seed-events';

/**
 * Seeds the five event stores K1–K5 are made from through MongoEventStore.appendBatch, as
 * tools/bench/national/seed-national.ts does the registry's and the campaigns service's: every
 * event checked against its schema, the cadres' names encrypted per person with the registry's
 * key-encryption key, one commit per command. Each store has its context's outbox relay in this
 * process, handed every new commit: the topics fill as the stores do. The relays hold their
 * lease for a day and never sweep, so a service started on a seeded store leaves its topic alone;
 * keep them running while the benchmark appends (the campaigns store serves the latency runs).
 */

export const SEED_CONTEXTS = ['registry', 'campaigns', 'training', 'network', 'reporting'] as const;
export type SeedContext = (typeof SEED_CONTEXTS)[number];

export interface IndicatorSeedTarget {
  mongoUrl: string;
  /** Each context's store database. */
  databases: Record<SeedContext, string>;
  /** The registry's DATA_KEY_ENCRYPTION_KEY. */
  keyEncryptionKey: Buffer;
  kafka: Kafka;
  /** Each context's name as its topic is named (with the run's prefix). */
  contexts: Record<SeedContext, string>;
}

export interface SeedPart {
  name: string;
  commits: number;
  events: number;
}

export interface IndicatorSeedResult {
  parts: SeedPart[];
  commits: number;
  events: number;
  /** First append → last append. */
  ms: number;
  /** First append → the relays have published everything. */
  publishedMs: number;
}

export interface IndicatorSeeded {
  result: IndicatorSeedResult;
  /** The campaigns store with its relay: an append is published at once. */
  campaigns: MongoEventStore;
  /** Stops the relays (releasing their leases) and closes the connections. */
  stop(): Promise<void>;
}

const EVENT_TYPES: Record<SeedContext, readonly EventTypeDefinition<string, object>[]> = {
  registry: registryEventTypes,
  campaigns: campaignEventTypes,
  training: trainingEventTypes,
  network: networkEventTypes,
  reporting: reportingEventTypes,
};
/** Commits per appendBatch call (one insertMany). */
const BATCH = 1_000;
/** Activities per appendBatch call (their lifecycle commits, consecutive along each stream). */
const ACTIVITIES_PER_STEP = 250;
/** Commits a relay may hold unpublished before seeding waits for it. */
const RELAY_BACKLOG = 20_000;
const DAY_MS = 86_400_000;

interface Writer {
  store: MongoEventStore;
  relay: OutboxRelay;
  connection: Connection;
}

/** Starts a relay, again while its new topic has no leader yet (as the service's relay does). */
async function startRelay(relay: OutboxRelay): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await relay.start();
    } catch (error) {
      await relay.stop().catch(() => undefined);
      if (attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

const eventsIn = (inputs: readonly SeedInput[]) => inputs.reduce((sum, input) => sum + input.events.length, 0);

/** Every commit the shape seeds, per context, generated lazily (the activities are the bulk). */
function* inputsOf(shape: IndicatorShape, context: SeedContext): Generator<SeedInput[]> {
  switch (context) {
    case 'registry': {
      const plans = cadrePlans(shape);
      for (let start = 0; start < plans.length; start += BATCH / 2) {
        yield plans.slice(start, start + BATCH / 2).flatMap((plan, i) => cadreInputs(plan, start + i));
      }
      return;
    }
    case 'campaigns': {
      const rows = campaignRows(shape.national).map(campaignInput);
      for (let start = 0; start < rows.length; start += BATCH) yield rows.slice(start, start + BATCH);
      for (let start = 0; start < shape.national.activities; start += ACTIVITIES_PER_STEP) {
        const inputs: SeedInput[] = [];
        for (let a = start; a < Math.min(shape.national.activities, start + ACTIVITIES_PER_STEP); a++) inputs.push(...indicatorActivityInputs(shape, a));
        yield inputs;
      }
      return;
    }
    case 'training': {
      yield catalogueInputs(shape);
      for (let p = 0; p < shape.national.provinces; p++) yield Array.from({ length: shape.models }, (_, m) => courseInputs(shape, p, m)).flat();
      return;
    }
    case 'network': {
      for (let start = 0; start < shape.national.communes; start += 100) {
        yield Array.from({ length: Math.min(100, shape.national.communes - start) }, (_, i) => groupInputs(shape, start + i)).flat();
      }
      for (let p = 0; p < shape.national.provinces; p++) {
        yield Array.from({ length: shape.partnersPerProvince }, (_, k) => partnerInputs(shape, p, k)).flat();
      }
      return;
    }
    case 'reporting': {
      const inputs = declaredInputs(shape);
      for (let start = 0; start < inputs.length; start += BATCH) yield inputs.slice(start, start + BATCH);
      return;
    }
  }
}

/** What the shape seeds, counted before writing (for the progress bar). */
export function plannedEvents(shape: IndicatorShape): number {
  let events = eventsIn(hierarchyInputs(shape.national));
  for (const context of SEED_CONTEXTS) for (const inputs of inputsOf(shape, context)) events += eventsIn(inputs);
  return events;
}

export async function seedIndicators(target: IndicatorSeedTarget, shape: IndicatorShape): Promise<IndicatorSeeded> {
  const open = (dbName: string) => mongoose.createConnection(target.mongoUrl, { dbName, autoIndex: false, maxPoolSize: 16 }).asPromise();
  const connections = Object.fromEntries(
    await Promise.all(SEED_CONTEXTS.map(async (context) => [context, await open(target.databases[context])] as const)),
  ) as Record<SeedContext, Connection>;
  const registryKeys = new PreparedSubjectKeys(connections.registry, target.keyEncryptionKey);
  const writers = {} as Record<SeedContext, Writer>;
  for (const context of SEED_CONTEXTS) {
    const connection = connections[context];
    const registry = new EventTypeRegistry([...EVENT_TYPES[context], personalDataErasedDefinition]);
    const keys = context === 'registry' ? registryKeys : new SubjectKeyStore(connection, target.keyEncryptionKey);
    const store = new MongoEventStore(connection, { registry, protector: new PersonalDataProtector(registry, keys) });
    const relay = new OutboxRelay({
      context: target.contexts[context],
      store,
      connection,
      kafka: target.kafka,
      partitions: 3,
      sweepIntervalMs: DAY_MS,
      leaseTtlMs: DAY_MS,
    });
    writers[context] = { store, relay, connection };
  }
  const all = Object.values(writers);
  await Promise.all(all.map((writer) => writer.store.ensureIndexes()));
  await Promise.all(all.map((writer) => startRelay(writer.relay)));
  await Promise.all(all.map((writer) => writer.relay.idle())); // the first sweep, of empty stores
  const stop = async () => {
    await Promise.all(all.map((writer) => writer.relay.stop()));
    await Promise.all(all.map((writer) => writer.connection.close()));
  };
  const progress = progressLine('seeding', plannedEvents(shape));
  const parts = Object.fromEntries(SEED_CONTEXTS.map((context) => [context, { name: context, commits: 0, events: 0 }])) as Record<SeedContext, SeedPart>;
  const started = performance.now();
  const append = async (context: SeedContext, inputs: SeedInput[]) => {
    const writer = writers[context];
    const outcomes = await writer.store.appendBatch(inputs);
    parts[context].commits += inputs.length;
    parts[context].events += eventsIn(inputs);
    progress.advance(eventsIn(inputs));
    if (writer.relay.pendingCount > RELAY_BACKLOG) await writer.relay.idle();
    return outcomes.map((outcome) => {
      if ('conflict' in outcome) throw new Error(`seeding ${context}: ${outcome.conflict.message} (the databases must start empty)`);
      return outcome.appended;
    });
  };
  try {
    // The five stores fill side by side, as five services would.
    await Promise.all(
      SEED_CONTEXTS.map(async (context) => {
        if (context === 'registry') {
          // The hierarchy one commit at a time, each published before the next: a relay batch of
          // several 500-unit commits of one stream would exceed Kafka's 1 MB batch limit.
          let previous: { commitId: string; position: number } | undefined;
          for (const input of hierarchyInputs(shape.national)) {
            const [appended] = await append(context, [{ ...input, previousCommitId: previous?.commitId ?? null, afterPosition: previous?.position ?? 0 }]);
            previous = appended!;
            await writers.registry.relay.idle();
          }
        }
        for (const inputs of inputsOf(shape, context)) {
          const subjects =
            context === 'registry'
              ? inputs.filter((input) => input.expectedVersion === 0).map((input) => (input.events[0]!.data as { cadreId: string }).cadreId)
              : [];
          if (subjects.length > 0) await registryKeys.prepare(subjects);
          await append(context, inputs);
          registryKeys.forget(subjects);
        }
      }),
    );
  } catch (error) {
    await stop();
    throw error;
  }
  const { ms } = progress.finish();
  await Promise.all(all.map((writer) => writer.relay.idle()));
  const publishedMs = performance.now() - started;
  const list = Object.values(parts);
  return {
    result: {
      parts: list,
      commits: list.reduce((sum, part) => sum + part.commits, 0),
      events: list.reduce((sum, part) => sum + part.events, 0),
      ms,
      publishedMs,
    },
    campaigns: writers.campaigns.store,
    stop,
  };
}
