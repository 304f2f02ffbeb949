import { MalformedEventMessageError } from '../event-message';

/**
 * Which read-model write failures can never succeed on retry. Measured on FerretDB 1.24 and the
 * MongoDB driver: a key with a NUL byte is refused by the driver's BSON serialiser (`BSONError`,
 * before anything is sent); a key starting with "$" or holding "." is refused by the server with
 * code 2 (BadValue); a document beyond the driver's buffer throws a `RangeError`
 * (ERR_OUT_OF_RANGE). FerretDB on PostgreSQL answers code 1 (InternalError) for everything its
 * backend refuses, naming PostgreSQL's SQLSTATE in the message: class 22 ("data exception": a NUL
 * character, which jsonb cannot hold, or a number out of range) is the value itself, so final.
 * Anything else (network, timeouts, server shutting down, an unknown code) is treated as
 * retriable: when in doubt the projector waits rather than drops an event.
 */
const UNRETRIABLE_SERVER_CODES = new Set([
  2, // BadValue (FerretDB: invalid key)
  9, // FailedToParse
  14, // TypeMismatch
  17, // document too large (some servers)
  52, // DollarPrefixedFieldName
  53, // InvalidIdField
  55, // InvalidDBRef
  56, // EmptyFieldName
  57, // DottedFieldName
  10334, // BSONObjectTooLarge
  17280, // KeyTooLong
  17419, // document too large after update
]);

const SERVER_ERROR_NAMES = new Set(['MongoServerError', 'MongoBulkWriteError', 'MongoWriteConcernError']);

export function isUnretriableStoreError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'BSONError' || error.name === 'BSONVersionError' || error.name === 'MongoInvalidArgumentError') return true;
  if (error instanceof RangeError && (error as { code?: unknown }).code === 'ERR_OUT_OF_RANGE') return true;
  const code = (error as { code?: unknown }).code;
  if (!SERVER_ERROR_NAMES.has(error.name) || typeof code !== 'number') return false;
  return UNRETRIABLE_SERVER_CODES.has(code) || (code === 1 && POSTGRESQL_DATA_EXCEPTION.test(error.message));
}

/** PostgreSQL's SQLSTATE class 22, as FerretDB quotes it in an InternalError's message. */
const POSTGRESQL_DATA_EXCEPTION = /\(SQLSTATE 22[0-9A-Z]{3}\)/;

/**
 * An error as logs and readiness may show it: its class and code only. Messages are left out
 * because drivers quote the offending key or value, which may be event data.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'number' || typeof code === 'string' ? `${error.name} (code ${code})` : error.name;
}

/**
 * Why an event was dead-lettered, as the `dlq-error` header (and the dead-letter CLI's `list`)
 * shows it: the error's class and code, and for a poison event the projection and event type it
 * failed in, plus the class of what the projection or store threw. Never a message: they quote
 * keys and values, and the header travels on Kafka in plaintext (ADR 0010).
 */
export function deadLetterReason(error: unknown): string {
  if (!(error instanceof Error)) return describeError(error);
  // Its messages are fixed texts naming a missing envelope field, never a value.
  if (error instanceof MalformedEventMessageError) return error.message;
  const { context, cause } = error as { context?: { projection?: unknown; eventType?: unknown }; cause?: unknown };
  const eventType = (error as { eventType?: unknown }).eventType ?? context?.eventType;
  const parts = [describeError(error)];
  if (typeof context?.projection === 'string') parts.push(`in ${context.projection}`);
  if (typeof eventType === 'string') parts.push(`for ${eventType.slice(0, 200)}`);
  if (cause !== undefined) parts.push(`caused by ${describeError(cause)}`);
  return parts.join(' ');
}
