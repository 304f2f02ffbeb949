import type { Collection } from 'mongoose';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import type { CapturedMessage } from './captured-message';
import type { ParkedEvents } from './parked-events';
import type { PoisonMessageError } from './poison-message-error';
import type { ProjectionDefinition } from './projection-definition';
import type { StreamCursors } from './stream-cursors';

/** A projection and the physical collection it writes now (resolved through its alias). */
export interface ProjectionTarget {
  projection: ProjectionDefinition;
  collection: Collection;
}

/** An event on its way into read models: as it came off the wire, and revealed on demand. */
export interface EventToProject {
  envelope: EventEnvelope;
  /** Decrypted and upcast; run at most once per message, only if some projection needs the data. */
  revealed(): Promise<EventEnvelope>;
  message: CapturedMessage;
}

/** What projecting needs besides the target: shared bookkeeping and what to do with poison. */
export interface ProjectingContext {
  cursors: Pick<StreamCursors, 'lastVersion' | 'advance'>;
  parked: Pick<ParkedEvents, 'park' | 'find' | 'remove'>;
  reveal(envelope: EventEnvelope): Promise<EventEnvelope>;
  /**
   * A parked event that proves poison when its turn comes. Its own offset was committed when it
   * was parked, so it is dead-lettered from here rather than by the message handler.
   */
  deadLetter(message: CapturedMessage, error: PoisonMessageError): Promise<void>;
}
