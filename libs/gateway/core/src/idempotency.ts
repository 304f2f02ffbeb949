import { createHash, randomUUID } from 'node:crypto';
import { type DocumentNode, Kind, parse } from 'graphql';
import { isEntityId } from '@tn/shared-event-contracts';
import { type ApiErrorInput, apiError, type Language } from '@tn/gateway-graphql-kit';
import type { GatewayContext } from './request-user';

/** The request header carrying the client's idempotency key (docs/adr/0012-idempotency-keys.md). */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/**
 * One request's idempotency key, or why it cannot be used. The counters make the command ids
 * and new entity ids of the request's one mutation the same on every retry: a resolver asks
 * for them in the same order each time.
 */
export interface IdempotencyScope {
  key?: string;
  problem?: ApiErrorInput;
  commandsSent: number;
  idsMade: number;
}

/** The scope of a request's `Idempotency-Key` header (none without the header). */
export function idempotencyScopeOf(header: string | string[] | undefined, body: unknown): IdempotencyScope | undefined {
  if (header === undefined) return undefined;
  const key = Array.isArray(header) ? header.join(',') : header;
  if (!isEntityId(key)) return { problem: { code: 'INPUT.ID_INVALID', field: IDEMPOTENCY_KEY_HEADER }, commandsSent: 0, idsMade: 0 };
  // One key, one mutation: two mutations under one key would answer the second with the first's result.
  if (mutationFieldsOf(body) > 1) {
    return { problem: { code: 'INPUT.IDEMPOTENCY_KEY_ONE_MUTATION', field: IDEMPOTENCY_KEY_HEADER }, commandsSent: 0, idsMade: 0 };
  }
  return { key, commandsSent: 0, idsMade: 0 };
}

/** How many top-level fields the request's mutation has (a fragment at the top counts as two: refused). */
function mutationFieldsOf(body: unknown): number {
  const { query, operationName } = (body ?? {}) as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return 0;
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch {
    return 0; // Apollo answers the syntax error itself.
  }
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const operation =
    typeof operationName === 'string' ? operations.find((each) => each.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (operation?.operation !== 'mutation') return 0;
  return operation.selectionSet.selections.reduce((count, selection) => count + (selection.kind === Kind.FIELD ? 1 : 2), 0);
}

/** Throws the key's problem, if it has one. */
export function requireUsableKey(scope: IdempotencyScope | undefined, language: Language): string | undefined {
  if (scope?.problem) throw apiError(scope.problem, language);
  return scope?.key;
}

/**
 * The id of the request's next command: random without a key; with one, scoped to the account
 * (two accounts using the same key never share a command, so neither can read the other's
 * result) and numbered after the first, within the grammar and length of an entity id.
 */
export function nextCommandId(scope: IdempotencyScope | undefined, accountId: string, language: Language): string {
  const key = requireUsableKey(scope, language);
  if (!scope || key === undefined) return randomUUID();
  const sequence = scope.commandsSent++;
  const plain = `idem:${accountId}:${key}${sequence ? `:${sequence}` : ''}`;
  return plain.length <= 128 && isEntityId(plain) ? plain : `idem:${digestOf(accountId, key, 'command', sequence)}`;
}

/** A new entity's id: random without a key; with one, the same on every retry of the request. */
export function nextEntityId(scope: IdempotencyScope | undefined, accountId: string | undefined, language: Language): string {
  const key = requireUsableKey(scope, language);
  if (!scope || key === undefined || accountId === undefined) return randomUUID();
  const hex = createHash('sha256').update(`${accountId}\0${key}\0id\0${scope.idsMade++}`).digest('hex');
  // Shaped as a UUID (version 8: custom) like the random ones.
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const digestOf = (accountId: string, key: string, purpose: string, sequence: number) =>
  createHash('sha256').update(`${accountId}\0${key}\0${purpose}\0${sequence}`).digest('base64url');

/** A new entity's id for a resolver (stable across retries under one Idempotency-Key). */
export const freshIdOf = (context: GatewayContext): string => nextEntityId(context.user?.idempotency, context.user?.claims.sub, context.language);
