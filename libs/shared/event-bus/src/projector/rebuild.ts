import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import { decodeEvent } from '../event-message';
import { kafkaMessageParking, projectEnvelope } from './projector';
import type { Projection } from './projection';
import { ReadModelAliases } from './read-model-aliases';
import { endOffsets, TopicReader } from './topic-reader';

export interface RebuildOptions {
  kafka: Kafka;
  connection: Connection;
  topics: string[];
  projection: Projection;
  reveal?: (envelope: EventEnvelope) => Promise<EventEnvelope>;
  /** Called after each event with the count done and the total known at the start. */
  onProgress?: (done: number, total: number) => void;
  /** How long readers may cache the alias (the live projector's cache), waited out after the swap. */
  aliasCacheMs?: number;
}

export interface RebuildResult {
  collection: string;
  replaced: string;
  events: number;
  skippedPoison: number;
}

/**
 * Rebuild a read model from scratch by replay, while the current one keeps serving: replay
 * every event into a shadow collection up to the topics' current ends, switch the alias to it
 * (atomic), then replay what arrived meanwhile (applying is idempotent by version, so events
 * the live projector also wrote are skipped) and drop the old collection.
 */
export async function rebuildProjection(options: RebuildOptions): Promise<RebuildResult> {
  const { connection, projection } = options;
  const aliases = new ReadModelAliases(connection);
  const replaced = await aliases.resolve(projection.name, projection.collection);
  const shadow = `${projection.collection}__${Date.now().toString(36)}`;
  const reveal = options.reveal ?? (async (envelope: EventEnvelope) => envelope);
  let events = 0;
  let skippedPoison = 0;
  // Events behind a gap are parked encrypted, as they came from Kafka (see kafkaMessageParking).
  const originals = new Map<string, Buffer>();
  const hooks = kafkaMessageParking(originals, reveal);
  const { ends, total } = await endOffsets(options.kafka, options.topics);
  const reader = new TopicReader(options.kafka, options.topics, async ({ message }) => {
    let envelope: EventEnvelope;
    try {
      envelope = await reveal(decodeEvent(message.value));
      if (message.value) originals.set(envelope.eventId, message.value);
    } catch {
      skippedPoison++; // the live projector dead-lettered it; a rebuild does not stop for it
      return;
    }
    await projectEnvelope(connection, aliases, [projection], envelope, () => shadow, hooks)
      .catch((error: Error) => {
        if (error.name !== 'PoisonEventError') throw error;
        skippedPoison++;
      })
      .finally(() => originals.clear()); // only the event at hand (and those it drains) are needed
    events++;
    options.onProgress?.(events + skippedPoison, total);
  });
  await reader.start();
  try {
    await reader.reach(ends);
    await aliases.swap(projection.name, shadow);
    await new Promise((resolve) => setTimeout(resolve, (options.aliasCacheMs ?? 1000) + 200));
    await reader.reach((await endOffsets(options.kafka, options.topics)).ends);
  } finally {
    await reader.stop();
  }
  if (replaced !== shadow)
    await connection
      .collection(replaced)
      .drop()
      .catch(() => undefined);
  return { collection: shadow, replaced, events, skippedPoison };
}

/** A one-line text progress bar, e.g. `[########------------] 40% 400/1000 events`. */
export function progressBar(done: number, total: number, width = 20): string {
  const ratio = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(ratio * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.round(ratio * 100)}% ${done}/${total} events`;
}
