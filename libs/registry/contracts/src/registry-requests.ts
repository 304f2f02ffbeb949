import type { EventEnvelope } from '@tn/shared-event-contracts';

/**
 * Requests to the registry that are not commands of one stream (Kafka request/reply on
 * `registry.requests`): sign-in and sessions, decryption of projected events for the gateway,
 * and the data subject's rights. Passwords travel sealed (see shared-auth sealSecret).
 */
export const registryRequestsTopicOf = (context: string) => `${context}.requests`;
export const REGISTRY_REQUESTS_TOPIC = registryRequestsTopicOf('registry');

export type RegistryRequest =
  | { op: 'signIn'; username: string; sealedPassword: string }
  | { op: 'refresh'; refreshToken: string }
  | { op: 'signOut'; credentials: string }
  | { op: 'reveal'; credentials: string; envelopes: EventEnvelope[] }
  | { op: 'exportSubject'; credentials: string; subjectId: string }
  | { op: 'eraseSubject'; credentials: string; subjectId: string };

export type RegistryReply<Result = unknown> =
  | { ok: true; result: Result }
  | { ok: false; error: { kind: string; code: string; message: string; field?: string } };
