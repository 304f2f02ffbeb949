import { randomUUID } from 'node:crypto';
import { forbiddenError } from '@tn/shared-decider';
import { type AccessClaims, openSealedJson, sealJson, TokenError, verifyAccessToken } from '@tn/shared-auth';
import type { CommandEnvelope } from '@tn/shared-event-contracts';

/**
 * The claims of the access token a command (or request) carries, verified by the service
 * itself; a forbidden DomainError, with the token's problem as its code, if absent or not genuine.
 */
export function claimsOf(envelope: { credentials?: string }, secret: Buffer, now: Date): AccessClaims {
  if (!envelope.credentials) throw forbiddenError('UNAUTHENTICATED', 'sign in first: the command carries no access token');
  try {
    return verifyAccessToken(envelope.credentials, secret, now);
  } catch (error) {
    if (error instanceof TokenError) throw forbiddenError(error.code, error.message);
    throw error;
  }
}

/** What a command seals: its payload (personal data) and the actor's access token (a bearer token). */
interface SealedCommandBody {
  payload: Record<string, unknown>;
  credentials?: string;
}

/**
 * The envelope fields a sealed command body is bound to: moved into an envelope with another
 * id, type, actor, time, unit scope or deadline, it no longer opens (a Kafka producer cannot
 * replay it as a new command, nor re-date it: the envelope's time is the command's business
 * time; nor extend or strip its deadline to have it executed after its sender gave up).
 */
const commandBindingOf = (envelope: Pick<CommandEnvelope, 'type' | 'commandId' | 'actor' | 'issuedAt' | 'unitScope' | 'deadline'>): string =>
  [
    envelope?.type,
    envelope?.commandId,
    `${String(envelope?.actor?.kind)}:${String(envelope?.actor?.id)}`,
    envelope?.issuedAt,
    envelope?.unitScope ?? '',
    envelope?.deadline ?? '',
  ]
    .map((part) => String(part))
    .join('|');

/** The envelope as it goes on Kafka: payload and credentials sealed into `sealedPayload`. */
export function sealedEnvelope<Payload extends object>(envelope: CommandEnvelope<Payload>, secret: Buffer): CommandEnvelope<Payload> {
  const { payload, credentials, ...rest } = envelope;
  const body: SealedCommandBody = { payload: payload as Record<string, unknown>, ...(credentials ? { credentials } : {}) };
  return { ...rest, payload: {} as Payload, sealedPayload: sealJson(secret, 'command', body, commandBindingOf(envelope)) };
}

/**
 * The envelope with its sealed payload and credentials opened (see CommandEnvelope.sealedPayload).
 * Payloads may hold personal data, which never crosses Kafka in clear: an unsealed payload is
 * refused, and so is one not sealed with this secret, altered, or moved from another envelope.
 * Only the sealed credentials count: a token in clear beside them is ignored.
 */
export function openedEnvelope(envelope: CommandEnvelope, secret: Buffer): CommandEnvelope {
  if (typeof envelope?.sealedPayload !== 'string') {
    throw forbiddenError('COMMAND.NOT_SEALED', 'the command payload must be sealed: it may hold personal data, which never crosses Kafka in clear');
  }
  const body = openSealedJson<SealedCommandBody>(secret, 'command', envelope.sealedPayload, commandBindingOf(envelope));
  if (!isRecord(body) || !isRecord(body.payload) || (body.credentials !== undefined && typeof body.credentials !== 'string')) {
    throw forbiddenError('COMMAND.SEALED_PAYLOAD_INVALID', 'the command payload was not sealed by a trusted gateway');
  }
  const { sealedPayload: _sealed, credentials: _clear, ...rest } = envelope;
  return { ...rest, payload: body.payload, ...(body.credentials ? { credentials: body.credentials } : {}) };
}

/**
 * A request on a request/reply topic as it travels on Kafka: the whole body (operation,
 * credentials, usernames, refresh tokens, subject ids) sealed and bound to its request id, which
 * binds the sealed reply too.
 */
export interface SealedRequest {
  requestId: string;
  sealedRequest: string;
}

export function sealedRequest(body: object, secret: Buffer, requestId: string = randomUUID()): SealedRequest {
  return { requestId, sealedRequest: sealJson(secret, 'request', body, requestId) };
}

/** The opened body of a sealed request; a forbidden DomainError when it is unsealed, forged or altered. */
export function openedRequest<Body extends object>(wire: unknown, secret: Buffer): { requestId: string; request: Body } {
  const { requestId, sealedRequest: sealed } = (isRecord(wire) ? wire : {}) as Partial<SealedRequest>;
  if (typeof requestId !== 'string' || typeof sealed !== 'string') {
    throw forbiddenError('REQUEST.NOT_SEALED', 'the request must be sealed: it may hold credentials and personal data, which never cross Kafka in clear');
  }
  const request = openSealedJson<Body>(secret, 'request', sealed, requestId);
  if (!isRecord(request)) throw forbiddenError('REQUEST.SEALED_INVALID', 'the request was not sealed by a trusted gateway');
  return { requestId, request };
}

/** A reply's result sealed for the one request it answers. */
export const sealedReplyResult = (result: unknown, requestId: string, secret: Buffer): string => sealJson(secret, 'reply', result, requestId);

/** The result of a reply to `requestId`; undefined when sealed for another request, forged or altered. */
export const openedReplyResult = <Result>(sealed: string, requestId: string, secret: Buffer): Result | undefined =>
  openSealedJson<Result>(secret, 'reply', sealed, requestId);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
