import type { Kafka } from 'kafkajs';
import mongoose, { type Connection } from 'mongoose';
import { campaignEventTypes } from '@tn/campaigns-contracts';
import { registryEventTypes } from '@tn/registry-contracts';
import { OutboxRelay } from '@tn/shared-event-bus';
import { type EventTypeDefinition, EventTypeRegistry, personalDataErasedDefinition } from '@tn/shared-event-contracts';
import { MongoEventStore, PersonalDataProtector, SubjectKeyStore } from '@tn/shared-event-store';
import { activityInputs, campaignInput, campaignRows, shiftAndAttendanceInputs } from './campaigns-seed-events';
import { hierarchyInputs, volunteerInput } from './registry-seed-events';
import type { SeedInput } from './seed-kit';
import type { NationalShape } from './national-shape';
import { PreparedSubjectKeys } from './prepared-subject-keys';
import { progressLine } from './progress';

/**
 * Seeds the registry's and the campaigns service's event stores with the national dataset
 * through MongoEventStore.appendBatch: every event checked against its schema, personal data
 * encrypted per person with the registry's key-encryption key, one commit per command.
 *
 * With `publish`, each store has its context's outbox relay in this process, handed every new
 * commit by the store as a bulk import inside the service would hand it: the topics fill as the
 * stores do. These relays do not sweep (their first sweep finds an empty store) and hold their
 * lease for a day, so the services' own relays stay idle and never sweep the seeded stores: a
 * sweep reads whole minute buckets (tens of thousands of commits once seeded) and the services'
 * 10 s lease lapses during it (docs/benchmarks.md, "National scale"). Keep the relays running
 * until the services stop; `stop()` releases the leases.
 */

export interface SeedTarget {
  mongoUrl: string;
  registryDatabase: string;
  campaignsDatabase: string;
  /** The services' DATA_KEY_ENCRYPTION_KEY. */
  keyEncryptionKey: Buffer;
  publish?: { kafka: Kafka; registryContext: string; campaignsContext: string };
}

export interface SeedPart {
  name: string;
  commits: number;
  events: number;
}

export interface SeedResult {
  parts: SeedPart[];
  commits: number;
  events: number;
  /** First append → last append. */
  ms: number;
  /** First append → the relays have published everything (when publishing). */
  publishedMs?: number;
}

export interface Seeded {
  result: SeedResult;
  /** The stores as seeded (with their relays, when publishing): appends to them are published at once. */
  stores: { registry: MongoEventStore; campaigns: MongoEventStore };
  /** Stops the relays (releasing their leases) and closes the connections. */
  stop(): Promise<void>;
}

/** Commits per appendBatch call (one insertMany) of new streams. */
const BATCH = 1_000;
/** Activities per appendBatch call: their lifecycle commits (consecutive along each stream), shifts and attendance uploads. */
const ACTIVITIES_PER_STEP = 250;
/** Commits a relay may hold unpublished before seeding waits for it. */
const RELAY_BACKLOG = 20_000;
const DAY_MS = 86_400_000;

/** An event store as the service's EventSourcingModule makes it (its event types, personal-data protection). */
function storeOf(connection: Connection, eventTypes: readonly EventTypeDefinition<string, object>[], keys: SubjectKeyStore): MongoEventStore {
  const registry = new EventTypeRegistry([...eventTypes, personalDataErasedDefinition]);
  return new MongoEventStore(connection, { registry, protector: new PersonalDataProtector(registry, keys) });
}

/** What the shape seeds, counted before writing (for the progress bar). */
export function plannedEvents(shape: NationalShape): number {
  let events = shape.provinces + shape.communes + shape.grassroots + shape.volunteers * 2 + campaignRows(shape).length;
  for (let a = 0; a < shape.activities; a++) {
    events += activityInputs(shape, a).length;
    events += shiftAndAttendanceInputs(shape, a).reduce((sum, input) => sum + input.events.length, 0);
  }
  return events;
}

/** Starts a relay, again while its new topics have no leader yet (as the service's relay does). */
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

interface Writer {
  store: MongoEventStore;
  relay?: OutboxRelay;
}

/** One appendBatch call; the seeded stores start empty, so a conflict is a fault. */
async function append(writer: Writer, inputs: SeedInput[], part: SeedPart, progress: { advance(count: number): void }) {
  const outcomes = await writer.store.appendBatch(inputs);
  const events = inputs.reduce((sum, input) => sum + input.events.length, 0);
  part.commits += inputs.length;
  part.events += events;
  progress.advance(events);
  if (writer.relay && writer.relay.pendingCount > RELAY_BACKLOG) await writer.relay.idle();
  return outcomes.map((outcome) => {
    if ('conflict' in outcome) throw new Error(`seeding ${part.name}: ${outcome.conflict.message} (the databases must start empty)`);
    return outcome.appended;
  });
}

export async function seedNational(target: SeedTarget, shape: NationalShape): Promise<Seeded> {
  const open = (dbName: string) => mongoose.createConnection(target.mongoUrl, { dbName, autoIndex: false, maxPoolSize: 16 }).asPromise();
  const [registryConnection, campaignsConnection] = await Promise.all([open(target.registryDatabase), open(target.campaignsDatabase)]);
  const keys = new PreparedSubjectKeys(registryConnection, target.keyEncryptionKey);
  const registry: Writer = { store: storeOf(registryConnection, registryEventTypes, keys) };
  const campaigns: Writer = { store: storeOf(campaignsConnection, campaignEventTypes, new SubjectKeyStore(campaignsConnection, target.keyEncryptionKey)) };
  await Promise.all([registry.store.ensureIndexes(), campaigns.store.ensureIndexes()]);
  if (target.publish) {
    const { kafka } = target.publish;
    const relayOf = (writer: Writer, context: string, connection: Connection) =>
      new OutboxRelay({ context, store: writer.store, connection, kafka, partitions: 3, sweepIntervalMs: DAY_MS, leaseTtlMs: DAY_MS });
    registry.relay = relayOf(registry, target.publish.registryContext, registryConnection);
    campaigns.relay = relayOf(campaigns, target.publish.campaignsContext, campaignsConnection);
    await Promise.all([startRelay(registry.relay), startRelay(campaigns.relay)]);
    await Promise.all([registry.relay.idle(), campaigns.relay.idle()]); // the first sweep, of empty stores
  }
  const stop = async () => {
    await Promise.all([registry.relay?.stop(), campaigns.relay?.stop()]);
    await Promise.all([registryConnection.close(), campaignsConnection.close()]);
  };
  const progress = progressLine('seeding', plannedEvents(shape));
  const started = performance.now();
  const parts = {
    hierarchy: { name: 'hierarchy (one stream)', commits: 0, events: 0 },
    volunteers: { name: 'volunteers', commits: 0, events: 0 },
    campaigns: { name: 'campaigns', commits: 0, events: 0 },
    activities: { name: 'activities, shifts, attendance', commits: 0, events: 0 },
  };
  try {
    // The registry and the campaigns store fill side by side (two writers, as two services would).
    const registrySide = async () => {
      // The hierarchy one commit at a time, each continuing the last, and each published before
      // the next: a relay batch of several 500-unit commits of one stream (one partition) would
      // exceed Kafka's 1 MB batch limit.
      let previous: { commitId: string; position: number } | undefined;
      for (const input of hierarchyInputs(shape)) {
        const [appended] = await append(
          registry,
          [{ ...input, previousCommitId: previous?.commitId ?? null, afterPosition: previous?.position ?? 0 }],
          parts.hierarchy,
          progress,
        );
        previous = appended!;
        await registry.relay?.idle();
      }
      for (let start = 0; start < shape.volunteers; start += BATCH) {
        const inputs = Array.from({ length: Math.min(BATCH, shape.volunteers - start) }, (_, i) => volunteerInput(shape, start + i));
        const subjects = inputs.map((input) => (input.events[0]!.data as { volunteerId: string }).volunteerId);
        await keys.prepare(subjects);
        await append(registry, inputs, parts.volunteers, progress);
        keys.forget(subjects);
      }
    };
    const campaignsSide = async () => {
      const rows = campaignRows(shape).map(campaignInput);
      for (let start = 0; start < rows.length; start += BATCH) await append(campaigns, rows.slice(start, start + BATCH), parts.campaigns, progress);
      for (let start = 0; start < shape.activities; start += ACTIVITIES_PER_STEP) {
        const inputs: SeedInput[] = [];
        for (let a = start; a < Math.min(shape.activities, start + ACTIVITIES_PER_STEP); a++)
          inputs.push(...activityInputs(shape, a), ...shiftAndAttendanceInputs(shape, a));
        await append(campaigns, inputs, parts.activities, progress);
      }
    };
    await Promise.all([registrySide(), campaignsSide()]);
  } catch (error) {
    await stop();
    throw error;
  }
  const { ms } = progress.finish();
  let publishedMs: number | undefined;
  if (target.publish) {
    await Promise.all([registry.relay!.idle(), campaigns.relay!.idle()]);
    publishedMs = performance.now() - started;
  }
  const list = Object.values(parts);
  const result = {
    parts: list,
    commits: list.reduce((sum, p) => sum + p.commits, 0),
    events: list.reduce((sum, p) => sum + p.events, 0),
    ms,
    ...(publishedMs === undefined ? {} : { publishedMs }),
  };
  return { result, stores: { registry: registry.store, campaigns: campaigns.store }, stop };
}
