import type { Decider } from '@tn/shared-decider';
import type { CommandEnvelope, DomainEvent } from '@tn/shared-event-contracts';

/**
 * How one command type reaches its decider: which stream it acts on and how the envelope's
 * payload becomes the decider's command. A context registers one route per command type; the
 * generic handler does the rest (load, fold, decide, append, retry).
 */
export interface CommandRoute<C = unknown, E extends DomainEvent = DomainEvent, S = unknown> {
  type: string;
  streamType: string;
  decider: Decider<C, E, S>;
  streamIdOf(envelope: CommandEnvelope): string;
  /** Map and check the payload (throw a validation DomainError naming the field). */
  toCommand(envelope: CommandEnvelope): C | Promise<C>;
  /** Save a snapshot every `every` events; bump `schema` when the state shape changes. */
  snapshot?: { every: number; schema: string };
}

/** Helps keep a route's generic types when listing routes of different deciders together. */
export const commandRoute = <C, E extends DomainEvent, S>(route: CommandRoute<C, E, S>) =>
  route as unknown as CommandRoute;
