import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';
import { activityStreamId, ACTIVITY_STREAM_TYPE } from '@tn/campaigns-contracts';
import { eventTopicOf } from '@tn/shared-event-bus';
import type { MongoEventStore } from '@tn/shared-event-store';
import { percentile, sleep } from '../bench-kit';
import { committed } from './kafka-progress';
import { ids, type NationalShape } from './national-shape';

/**
 * Append → projected under a steady offered rate, on the seeded campaigns store: activities
 * proposed one command (one commit, one new stream) at a time through the campaigns context's
 * event store and its outbox relay (the seeding's, in this process: it holds the context's relay
 * lease), projected by the running gateway. An event counts as projected when the gateway's
 * campaigns group has committed past its offset: the projector commits only after the batch's
 * read-model writes and consistency checkpoints, so it is then readable with its token.
 * A tracking consumer learns each event's offset (and when it reached Kafka); the group's
 * offsets are read every 5 ms.
 */
export interface LatencyRun {
  offered: number;
  achieved: number;
  events: number;
  measured: number;
  /** scheduled → projected, and its parts. */
  total: { p50: number; p99: number };
  append: { p50: number; p99: number };
  relay: { p50: number; p99: number };
  projection: { p50: number; p99: number };
  /** Appends that started late because too many were in flight. */
  late: number;
}

interface Tracked {
  scheduledAt: number;
  appendedAt: number;
  eventId: string;
  projectedAt?: number;
}

/** Where and when the tracking consumer saw an event. */
interface Published {
  publishedAt: number;
  partition: number;
  offset: number;
}

const IN_FLIGHT = 64;

export async function measureLatency(options: {
  kafka: Kafka;
  /** The campaigns store, its relay attached. */
  store: MongoEventStore;
  context: string;
  projectorGroup: string;
  shape: NationalShape;
  rates: number[];
  seconds: number;
  log: (line: string) => void;
}): Promise<LatencyRun[]> {
  const { kafka, store, shape } = options;
  const topic = eventTopicOf(options.context);
  let tracked: Tracked[] = [];
  const published = new Map<string, Published>();
  const tracker = kafka.consumer({ groupId: `${options.context}.latency-tracker.${randomUUID().slice(0, 6)}` });
  const admin = kafka.admin();
  await Promise.all([tracker.connect(), admin.connect()]);
  await tracker.subscribe({ topic, fromBeginning: false });
  const joined = new Promise<void>((resolve) => tracker.on(tracker.events.GROUP_JOIN, () => resolve()));
  await tracker.run({
    eachMessage: async ({ partition, message }) => {
      published.set(String(message.headers?.['event-id'] ?? ''), { publishedAt: performance.now(), partition, offset: Number(message.offset) });
    },
  });
  await joined;
  let polling = true;
  const poller = (async () => {
    while (polling) {
      const done = (await committed(admin, options.projectorGroup, [topic])).get(topic) ?? new Map<number, number>();
      const now = performance.now();
      for (const entry of tracked) {
        const where = entry.projectedAt === undefined ? published.get(entry.eventId) : undefined;
        if (where && (done.get(where.partition) ?? -1) > where.offset) entry.projectedAt = now;
      }
      await sleep(5);
    }
  })();

  let sequence = 0;
  const propose = async (label: string, scheduledAt: number): Promise<void> => {
    const a = sequence++;
    const commune = a % shape.communes;
    const activityId = `nat-lat-${label}-${a}`;
    const result = await store.append({
      streamId: activityStreamId(activityId),
      streamType: ACTIVITY_STREAM_TYPE,
      expectedVersion: 0,
      commandId: randomUUID(),
      events: [
        {
          type: 'ActivityProposed',
          data: {
            activityId,
            name: `Hoạt động đo độ trễ ${a}`,
            campaignId: ids.communeCampaign(commune, 0),
            organiserUnitId: ids.commune(commune),
            domains: ['urban-civility'],
            location: { unitId: ids.commune(commune), flags: { ethnicMinority: false, mountainous: false, border: false, island: false } },
            responsibleCadreId: `nat-cadre-${commune}`,
            initiator: 'union',
            proposedOn: '2026-11-20',
          },
        },
      ],
      metadata: {
        actor: { kind: 'system', id: 'national-bench' },
        correlationId: randomUUID(),
        causationId: randomUUID(),
        occurredAt: new Date().toISOString(),
      },
    });
    tracked.push({ scheduledAt, appendedAt: performance.now(), eventId: result.events[0]!.eventId });
  };

  const waitProjected = async (timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && tracked.some((entry) => entry.projectedAt === undefined)) await sleep(50);
  };

  try {
    // Warm up until a proposal goes all the way (the relay lease, the tracker's assignment).
    for (let attempt = 0; attempt < 60; attempt++) {
      tracked = [];
      await propose('warmup', performance.now());
      await waitProjected(2_000);
      if (tracked.every((entry) => entry.projectedAt !== undefined)) break;
    }
    const runs: LatencyRun[] = [];
    for (const rate of options.rates) {
      tracked = [];
      published.clear();
      const total = Math.round(rate * options.seconds);
      options.log(`append → projected at ${rate} events/s offered for ${options.seconds}s`);
      const inFlight = new Set<Promise<void>>();
      let late = 0;
      const begin = performance.now();
      for (let i = 0; i < total; i++) {
        const due = begin + (i * 1000) / rate;
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
        if (inFlight.size >= IN_FLIGHT) {
          late++;
          await Promise.race(inFlight);
        }
        const scheduledAt = performance.now();
        const task = propose(String(rate), scheduledAt).finally(() => inFlight.delete(task));
        inFlight.add(task);
      }
      await Promise.all(inFlight);
      const achieved = Math.round((total / (performance.now() - begin)) * 1000);
      await waitProjected(60_000);
      const entries = tracked.flatMap((entry) => {
        const where = published.get(entry.eventId);
        return entry.projectedAt !== undefined && where ? [{ ...entry, projectedAt: entry.projectedAt, publishedAt: where.publishedAt }] : [];
      });
      const stat = (values: number[]) => ({ p50: Math.round(percentile(values, 50)), p99: Math.round(percentile(values, 99)) });
      runs.push({
        offered: rate,
        achieved,
        events: total,
        measured: entries.length,
        total: stat(entries.map((e) => e.projectedAt - e.scheduledAt)),
        append: stat(entries.map((e) => e.appendedAt - e.scheduledAt)),
        // The relay is handed the commit inside the append: it may reach Kafka before the append returns.
        relay: stat(entries.map((e) => Math.max(0, e.publishedAt - e.appendedAt))),
        projection: stat(entries.map((e) => e.projectedAt - Math.max(e.publishedAt, e.appendedAt))),
        late,
      });
    }
    return runs;
  } finally {
    polling = false;
    await poller;
    await tracker.disconnect();
    await admin.disconnect();
  }
}
