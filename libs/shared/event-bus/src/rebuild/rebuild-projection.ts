import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import { isRedrivenForAnother } from '../dead-letter/dead-letter-format';
import { type CapturedMessage, captureMessage } from '../projection/captured-message';
import { ParkedEvents } from '../projection/parked-events';
import { PoisonMessageError } from '../projection/poison-message-error';
import { projectMessage } from '../projection/project-message';
import type { ProjectionDefinition } from '../projection/projection-definition';
import type { ProjectingContext, ProjectionTarget } from '../projection/projection-target';
import { PROJECTOR_ALIAS_CACHE_MS, ReadModelAliases } from '../projection/read-model-aliases';
import { StreamCursors } from '../projection/stream-cursors';
import { TopicReplay } from '../projection/topic-replay';
import { captureWatermarks } from '../projection/watermarks';
import { ProgressReporter, type ProgressWriter } from './progress-bar';

export interface RebuildProjectionOptions {
  kafka: Kafka;
  connection: Connection;
  topics: readonly string[];
  projection: ProjectionDefinition;
  /** The same reveal as the live projector's (default: as it came). */
  reveal?: (envelope: EventEnvelope) => Promise<EventEnvelope>;
  /** Receives a progress bar, redrawn with carriage returns. */
  progress?: ProgressWriter;
  /** How long the live projector may keep using the old alias (its cache); waited out after the swap. */
  aliasCacheMs?: number;
}

/** A message the rebuilt projection could not take (the live projector's dead letters hold it too). */
export interface RebuildPoison {
  topic: string;
  partition: number;
  offset: string;
  error: string;
}

export interface RebuildProjectionResult {
  /** The logical read-model name readers use. */
  readModel: string;
  /** The physical collection now serving it. */
  collection: string;
  /** The physical collection that served it before (dropped). */
  previous: string;
  /** Messages replayed. */
  messages: number;
  poison: RebuildPoison[];
}

/**
 * Rebuild a read model from scratch by replay, while the current one keeps serving:
 * 1. replay every message from the earliest offsets (a fresh consumer group) into a shadow
 *    collection, up to the high watermarks captured at the start, showing progress;
 * 2. swap the alias to the shadow: one document update, so every reader moves at once;
 * 3. wait until the live projector uses the new alias, then replay the messages that arrived
 *    meanwhile (the live projector applied them to the old collection only). Both may now write
 *    the shadow; the shared per-stream cursors keep one order and skip what is already in;
 * 4. drop the old collection.
 * A failure before the swap drops the shadow and leaves everything as it was.
 */
export async function rebuildProjection(options: RebuildProjectionOptions): Promise<RebuildProjectionResult> {
  const { connection, kafka, projection } = options;
  const aliases = new ReadModelAliases(connection);
  const cursors = new StreamCursors(connection);
  const parked = new ParkedEvents(connection);
  const readModel = projection.collection;
  const previous = await aliases.resolve(readModel);
  const shadow = `${readModel}__rebuild_${Date.now().toString(36)}`;
  const poison: RebuildPoison[] = [];
  const refused = (message: CapturedMessage, error: Error) =>
    poison.push({ topic: message.topic, partition: message.partition, offset: message.offset, error: error.message });
  const context: ProjectingContext = {
    cursors,
    parked,
    reveal: options.reveal ?? (async (envelope) => envelope),
    deadLetter: async (message, error) => void refused(message, error),
  };
  const target: ProjectionTarget = { projection, collection: connection.collection(shadow) };
  const reporter = new ProgressReporter(options.progress, `rebuild ${readModel}`);
  let messages = 0;

  const watermarks = await captureWatermarks(kafka, options.topics);
  const replay = new TopicReplay(
    kafka,
    options.topics,
    async ({ topic, partition, message }) => {
      const captured = captureMessage(topic, partition, message);
      messages++;
      // A re-driven copy repeats a message that is still on the topic, and was replayed there.
      if (isRedrivenForAnother(captured.headers, undefined)) return;
      try {
        await projectMessage(captured, [target], context);
      } catch (error) {
        if (!(error instanceof PoisonMessageError)) throw error;
        refused(captured, error);
      }
    },
    () => {
      const { done, total } = replay.progress(watermarks);
      reporter.update(done, total);
    },
    `${projection.name}.rebuild.${Date.now().toString(36)}`,
  );
  reporter.update(0, replay.progress(watermarks).total);
  try {
    await replay.start();
    await replay.reach(watermarks);
  } catch (error) {
    await replay.stop().catch(() => undefined);
    await forgetCollection(connection, cursors, parked, shadow);
    throw error;
  }
  try {
    await aliases.swap(readModel, shadow);
    reporter.line(`rebuild ${readModel}: caught up; now served from ${shadow} (was ${previous})`);
    await new Promise((resolve) => setTimeout(resolve, (options.aliasCacheMs ?? PROJECTOR_ALIAS_CACHE_MS) + 250));
    await replay.reach(await captureWatermarks(kafka, options.topics));
  } finally {
    await replay.stop();
  }
  if (previous !== shadow) await forgetCollection(connection, cursors, parked, previous);
  reporter.line(`rebuild ${readModel}: done, ${messages} messages, ${poison.length} refused\n`);
  return { readModel, collection: shadow, previous, messages, poison };
}

async function forgetCollection(connection: Connection, cursors: StreamCursors, parked: ParkedEvents, collection: string): Promise<void> {
  await connection.collection(collection).drop().catch(() => undefined); // may not exist
  await cursors.forget(collection);
  await parked.forget(collection);
}
