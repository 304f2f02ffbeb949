import type { EventEnvelope } from '@tn/shared-event-contracts';

/**
 * Requests to the registry that are not commands of one stream (Kafka request/reply on
 * `registry.requests`): sign-in and sessions, decryption of projected events for the gateway,
 * and the data subject's rights. A request travels sealed whole (`SealedRegistryRequest`), and
 * the password inside is sealed once more, as a password (see shared-auth sealSecret).
 */
export const registryRequestsTopicOf = (context: string) => `${context}.requests`;

export type RegistryRequest =
  | { op: 'signIn'; username: string; sealedPassword: string }
  | { op: 'refresh'; refreshToken: string }
  | { op: 'signOut'; credentials: string }
  /** Replies with `RevealedSlot[]`: one slot per envelope, in order (see UnreadableEnvelope). */
  | { op: 'reveal'; credentials: string; envelopes: EventEnvelope[] }
  | { op: 'exportSubject'; credentials: string; subjectId: string }
  | { op: 'eraseSubject'; credentials: string; subjectId: string };

/**
 * A request as it travels on Kafka: the whole `RegistryRequest` (credentials, username,
 * refresh token, subject id) sealed with the shared secret and bound to `requestId`, which
 * binds the reply's sealed result too (see shared-event-sourcing-nest `sealedRequest`). The
 * registry refuses an unsealed request with `REQUEST.NOT_SEALED`.
 */
export interface SealedRegistryRequest {
  requestId: string;
  sealedRequest: string;
}

/**
 * What `reveal` returns in the slot of an event it cannot decrypt (its ciphertext or key is
 * damaged, or was made with another key). The reply keeps one slot per envelope asked for, in
 * order; a slot is either the revealed envelope or this marker, so one bad event never fails
 * the whole batch. Retrying cannot help: the caller should set the event aside (dead-letter it)
 * and go on. A failure that may pass (the store unreachable) still fails the whole request.
 */
export interface UnreadableEnvelope {
  __unreadable: true;
  /** The `eventId` of the envelope that could not be revealed. */
  eventId: string;
  reason: 'PD.UNREADABLE';
}

/** One slot of a `reveal` reply. */
export type RevealedSlot = EventEnvelope | UnreadableEnvelope;

/** Whether a slot of a `reveal` reply is the marker of an event that could not be decrypted. */
export const isUnreadableEnvelope = (slot: unknown): slot is UnreadableEnvelope =>
  typeof slot === 'object' && slot !== null && (slot as { __unreadable?: unknown }).__unreadable === true;

/**
 * What `eraseSubject` returns: the erasure's commit, and each of the person's accounts it
 * closed with the commit of the closing, so the gateway refuses their tokens before its read
 * model shows the accounts closed.
 */
export interface SubjectErasure {
  streamId: string;
  version: number;
  closedAccounts: { accountId: string; streamId: string; version: number }[];
}

/** A reply once its result is opened (see SealedRegistryReply). */
export type RegistryReply<Result = unknown> =
  { ok: true; result: Result } | { ok: false; error: { kind: string; code: string; message: string; field?: string } };

/**
 * A reply as it travels on Kafka: the result (tokens, revealed personal data, a subject's
 * export) is sealed with the shared secret for the one request it answers (bound to its
 * `requestId`), so the reply topic never holds it in clear and it cannot answer another request.
 */
export type SealedRegistryReply = { ok: true; sealedResult: string } | Extract<RegistryReply, { ok: false }>;
