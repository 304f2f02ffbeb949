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
 * multi-document transactions). The commit is also the outbox entry: `dispatchedAt` is null
 * until the relay has published it.
 */
export interface CommitDocument {
  /** The command id: a repeated command finds its first commit here. */
  _id: string;
  stream: string;
  streamType: string;
  /** Version of the first event; unique with `stream`, which gives optimistic concurrency. */
  fromVersion: number;
  toVersion: number;
  position: number;
  events: StoredEvent[];
  actor: Actor;
  correlationId: string;
  causationId: string;
  unitScope?: string;
  occurredAt: string;
  recordedAt: Date;
  dispatchedAt: Date | null;
  /** Data subjects whose personal data the commit holds (for erasure). */
  subjects: string[];
}

export const COMMITS_COLLECTION = 'event_commits';
export const SNAPSHOTS_COLLECTION = 'event_snapshots';
