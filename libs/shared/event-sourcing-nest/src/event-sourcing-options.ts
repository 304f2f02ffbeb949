import type { CommandEnvelope, EventTypeDefinition, PublicEventDefinition } from '@tn/shared-event-contracts';
import type { CommandRoute } from './command-route';

export interface EventSourcingOptions {
  /** Bounded context: names its command and event topics. */
  context: string;
  eventTypes: readonly EventTypeDefinition[];
  publicEvents?: readonly PublicEventDefinition[];
  commands: readonly CommandRoute[];
  /** 32-byte key that wraps the per-subject data keys (from the service's configuration). */
  keyEncryptionKey: Buffer;
  /**
   * Refuse a command the actor may not give (throw a forbidden DomainError); runs once the payload
   * is checked, before the decider. `rights` is what the command's definition says it needs.
   */
  authorise?: (envelope: CommandEnvelope, rights: unknown) => Promise<void>;
  /** The shared secret that opens sealed command payloads (CommandEnvelope.sealedPayload); unsealed ones are refused. */
  sealingSecret: Buffer;
  /** Partitions of the context's topics when they are created. */
  partitions?: number;
}
