import { type CommandEnvelope, findInputProblem, isEntityId } from '@tn/shared-event-contracts';

export interface EnvelopeProblem {
  code: string;
  field: string;
  details: Record<string, unknown>;
}

/**
 * The write side's one gate on raw input, run for every context before authorisation and
 * before a route maps the payload: the envelope's own id and time, then every id and text in
 * the payload (the grammar is in shared-event-contracts). Whoever sent the command (the
 * gateway or anything else on Kafka), a malformed id never becomes a stream or read-model key.
 */
export function envelopeInputProblem(envelope: CommandEnvelope): EnvelopeProblem | undefined {
  if (!isEntityId(envelope.commandId)) return { code: 'INPUT.ID_INVALID', field: 'commandId', details: {} };
  if (typeof envelope.issuedAt !== 'string' || Number.isNaN(Date.parse(envelope.issuedAt))) return { code: 'DATE.INVALID', field: 'issuedAt', details: {} };
  const payload: unknown = envelope.payload;
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return { code: 'COMMAND.FIELD_TYPE', field: 'payload', details: {} };
  return findInputProblem(payload);
}
