import type { Actor } from '@tn/shared-event-contracts';

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
