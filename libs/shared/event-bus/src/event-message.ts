import type { EventEnvelope } from '@tn/shared-event-contracts';

/** Kafka topics of a bounded context. Event topics keep their messages forever. */
export const eventTopicOf = (context: string) => `${context}.events`;
export const publicTopicOf = (context: string) => `${context}.public`;

export interface EventMessage {
  key: string;
  value: string;
  headers: Record<string, string>;
}

/**
 * The wire form of an event on its context's topic: key = stream id (so a stream's events stay
 * in one partition, in order), value = the envelope as JSON with personal fields still
 * encrypted, headers for routing without parsing the value.
 */
export function encodeEvent(envelope: EventEnvelope): EventMessage {
  return {
    key: envelope.streamId,
    value: JSON.stringify(envelope),
    headers: {
      'event-id': envelope.eventId,
      'event-type': envelope.type,
      'schema-version': String(envelope.schemaVersion),
      'stream-version': String(envelope.streamVersion),
      'correlation-id': envelope.correlationId,
    },
  };
}

export class MalformedEventMessageError extends Error {
  constructor(reason: string) {
    super(`malformed event message: ${reason}`);
    this.name = 'MalformedEventMessageError';
  }
}

/** Parse a message value back into an envelope, checking the fields the runtime relies on. */
export function decodeEvent(value: Buffer | string | null): EventEnvelope {
  if (value === null) throw new MalformedEventMessageError('empty value');
  let parsed: unknown;
  try {
    parsed = JSON.parse(value.toString());
  } catch {
    throw new MalformedEventMessageError('value is not JSON');
  }
  const envelope = parsed as Partial<EventEnvelope>;
  for (const field of ['eventId', 'type', 'streamId', 'streamType'] as const) {
    if (typeof envelope[field] !== 'string' || envelope[field] === '') throw new MalformedEventMessageError(`${field} missing`);
  }
  for (const field of ['schemaVersion', 'streamVersion', 'position'] as const) {
    if (!Number.isInteger(envelope[field])) throw new MalformedEventMessageError(`${field} missing`);
  }
  if (typeof envelope.data !== 'object' || envelope.data === null) throw new MalformedEventMessageError('data missing');
  return envelope as EventEnvelope;
}
