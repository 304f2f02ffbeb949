import type { Actor, EventMetadata } from '@tn/shared-event-contracts';

/** One stored event inside a commit; `data` has its personal fields encrypted. */
export interface StoredEvent {
  eventId: string;
  type: string;
  schemaVersion: number;
  data: Record<string, unknown>;
}

/**
 * One command's events, stored all-or-nothing as a single document (FerretDB has no
 * multi-document transactions). The commit is also the outbox entry: it is pending until the
 * relay records its id in `outbox_dispatched` (an insert: updates are ten times dearer than
 * inserts on FerretDB's SQLite backend, see ADR 0005).
 */
export interface CommitDocument {
  /**
   * `<stream>@<fromVersion>` (see commitIdOf): unique, so two commands deciding on the same
   * version cannot both append (optimistic concurrency) without a second unique index.
   */
  _id: string;
  /** Unique (index): a repeated command finds its first commit by it. */
  commandId: string;
  stream: string;
  streamType: string;
  /** Version of the first event. */
  fromVersion: number;
  toVersion: number;
  /** The stream's previous commit (null for the first): lets the relay keep a stream's order. */
  previousCommitId: string | null;
  position: number;
  /**
   * `positionMinuteOf(position)`: the minute of the position, so that a recovery sweep can read
   * one minute's commits by equality (the query every document store serves from an index; a
   * range on `position` is read in full by FerretDB). Absent in commits written before it.
   */
  positionMinute?: number;
  events: StoredEvent[];
  actor: Actor;
  correlationId: string;
  causationId: string;
  unitScope?: string;
  occurredAt: string;
  recordedAt: Date;
  /** Data subjects whose personal data the commit holds (for erasure). */
  subjects: string[];
}

export const COMMITS_COLLECTION = 'event_commits';
export const SNAPSHOTS_COLLECTION = 'event_snapshots';
export const DISPATCHED_COLLECTION = 'outbox_dispatched';

/** The id of the commit whose first event has `fromVersion` in `stream`. */
export const commitIdOf = (stream: string, fromVersion: number) => `${stream}@${fromVersion}`;

/** Positions are microseconds (see PositionClock): the minute a position falls in. */
export const positionMinuteOf = (position: number) => Math.floor(position / 60_000_000);

/** What a commit holds, decided before it is written: its events already checked and protected. */
export interface CommitParts {
  streamId: string;
  streamType: string;
  /** The version the decision was made on: the commit's first event is the next one. */
  expectedVersion: number;
  commandId: string;
  metadata: EventMetadata;
  events: StoredEvent[];
  subjects: readonly string[];
  previousCommitId: string | null;
  position: number;
}

/** The one way a commit document is built, for single appends and batches alike. */
export function commitDocumentOf(parts: CommitParts, recordedAt = new Date()): CommitDocument {
  const { metadata } = parts;
  return {
    _id: commitIdOf(parts.streamId, parts.expectedVersion + 1),
    commandId: parts.commandId,
    stream: parts.streamId,
    streamType: parts.streamType,
    fromVersion: parts.expectedVersion + 1,
    toVersion: parts.expectedVersion + parts.events.length,
    previousCommitId: parts.previousCommitId,
    position: parts.position,
    positionMinute: positionMinuteOf(parts.position),
    events: parts.events,
    actor: metadata.actor,
    correlationId: metadata.correlationId,
    causationId: metadata.causationId,
    ...(metadata.unitScope ? { unitScope: metadata.unitScope } : {}),
    occurredAt: metadata.occurredAt,
    recordedAt,
    subjects: [...parts.subjects],
  };
}
