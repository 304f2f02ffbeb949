import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import { eventTopicOf, type Projection, rebuildProjection } from '@tn/shared-event-bus';
import { REPORTING_CONTEXT } from '@tn/reporting-contracts';
import { FACT_SOURCES, reportingProjections } from '../gateway-reporting.module';

export interface IndicatorRebuildOptions {
  kafka: Kafka;
  /** The gateway's database. */
  connection: Connection;
  /** The deployment's KAFKA_TOPIC_PREFIX ('' when none). */
  topicPrefix?: string;
  /** After each event replayed into a read model's new collection. */
  onProgress?: (progress: IndicatorRebuildProgress) => void;
  /** How long readers cache an alias (ReadModelAliases' second by default), waited out after each swap. */
  aliasCacheMs?: number;
  /**
   * Read models replayed at once (default: all). Each replay reads the five topics with its own
   * throw-away consumer group, whose join and swap cost seconds however few the events: one at a
   * time, those add up; at once, they overlap.
   */
  concurrency?: number;
}

/** Where a rebuild is: the read model being replayed (the `index`-th of `of`), and its events done of those on the topics at its start. */
export interface IndicatorRebuildProgress {
  readModel: string;
  index: number;
  of: number;
  done: number;
  total: number;
}

/** One read model rebuilt: the collection now serving it, the one dropped, the events replayed. */
export interface ReadModelRebuilt {
  readModel: string;
  collection: string;
  replaced: string;
  events: number;
  skippedPoison: number;
  ms: number;
  /** Declared indexes the store refused on the new collection (its reads still answer, scanning). */
  indexesRefused: string[];
}

export interface IndicatorRebuildResult {
  readModels: ReadModelRebuilt[];
  /** Events replayed over all read models (each replays the five topics). */
  events: number;
  ms: number;
  eventsPerSecond: number;
}

/** The topics the slice's consumer follows, named as gatewaySlice names them: its own context's, then the fact sources'. */
export const indicatorFactTopics = (topicPrefix = ''): string[] =>
  [REPORTING_CONTEXT, ...FACT_SOURCES].map((context) => eventTopicOf(`${topicPrefix}${context}`));

/** Totals of a rebuild from its read models' results. */
export function rebuildSummary(readModels: ReadModelRebuilt[], ms: number): IndicatorRebuildResult {
  const events = readModels.reduce((sum, rebuilt) => sum + rebuilt.events, 0);
  return { readModels, events, ms, eventsPerSecond: ms > 0 ? Math.round((events / ms) * 1000) : 0 };
}

/** Creates the read model's declared indexes on its new collection (as ReadModelIndexes does on bootstrap); the refused ones. */
async function indexNewCollection(connection: Connection, projection: Projection, collection: string): Promise<string[]> {
  const refused: string[] = [];
  for (const index of projection.indexes ?? []) {
    await connection
      .collection(collection)
      .createIndex({ ...index })
      .catch((error: Error) => refused.push(`${JSON.stringify(index)}: ${error.message}`));
  }
  return refused;
}

/** One read model replayed into a new collection, swapped in, and indexed. */
async function rebuildOne(options: IndicatorRebuildOptions, topics: string[], projection: Projection, index: number): Promise<ReadModelRebuilt> {
  const at = performance.now();
  const result = await rebuildProjection({
    kafka: options.kafka,
    connection: options.connection,
    topics,
    projection,
    ...(options.aliasCacheMs === undefined ? {} : { aliasCacheMs: options.aliasCacheMs }),
    onProgress: (done, total) => options.onProgress?.({ readModel: projection.name, index: index + 1, of: reportingProjections.length, done, total }),
  });
  const indexesRefused = await indexNewCollection(options.connection, projection, result.collection);
  return { readModel: projection.name, ...result, ms: Math.round(performance.now() - at), indexesRefused };
}

/**
 * Rebuilds every read model of the indicator slice from the events (ADR 0021: no nightly job; a
 * rebuild is the projector's and equals the incremental result): each is replayed from the five
 * topics into a new collection while the live one serves, then its alias is swapped, and the live
 * projector and the slice's readers move to the new collection (the hierarchy copy is folded again
 * from version 0). A read model swapped before another is complete on its own: evaluations
 * meanwhile read each from a whole collection. Results in the slice's order of read models.
 */
export async function rebuildIndicatorFacts(options: IndicatorRebuildOptions): Promise<IndicatorRebuildResult> {
  const topics = indicatorFactTopics(options.topicPrefix);
  const started = performance.now();
  const readModels: ReadModelRebuilt[] = new Array<ReadModelRebuilt>(reportingProjections.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  // After a failure no other replay starts, and those under way end (swapped or not) before it is thrown.
  const worker = async () => {
    while (next < reportingProjections.length && !failure) {
      const index = next++;
      await rebuildOne(options, topics, reportingProjections[index] as Projection, index).then(
        (rebuilt) => (readModels[index] = rebuilt),
        (error: unknown) => (failure ??= { error }),
      );
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? reportingProjections.length, reportingProjections.length));
  await Promise.all(Array.from({ length: workers }, worker));
  if (failure) throw failure.error;
  return rebuildSummary(readModels, Math.round(performance.now() - started));
}
