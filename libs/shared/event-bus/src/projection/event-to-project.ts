import type { EventEnvelope } from '@tn/shared-event-contracts';
import { decodeEvent } from '../event-message';
import type { CapturedMessage } from './captured-message';
import { PoisonMessageError, poisonUnlessTransient } from './poison-message-error';
import type { EventToProject } from './projection-target';

/** Decode a message (poison if unreadable) and prepare its reveal, shared by every projection. */
export function eventToProject(message: CapturedMessage, reveal: (envelope: EventEnvelope) => Promise<EventEnvelope>): EventToProject {
  let envelope: EventEnvelope;
  try {
    envelope = decodeEvent(message.value);
  } catch (error) {
    throw new PoisonMessageError((error as Error).message, { cause: error });
  }
  let revealing: Promise<EventEnvelope> | undefined;
  return {
    envelope,
    message,
    revealed: () => (revealing ??= poisonUnlessTransient(`cannot reveal ${envelope.type}`, () => reveal(envelope))),
  };
}
