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
  /** The command id: a repeated command finds its first commit here. */
  _id: string;
  stream: string;
  streamType: string;
  /** Version of the first event; unique with `stream`, which gives optimistic concurrency. */
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
