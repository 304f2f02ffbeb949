import type { CommandEnvelope } from '@tn/shared-event-contracts';
import type { Payload } from '@tn/shared-event-sourcing-nest';

/**
 * Payload → decider command. The envelope gives the actor: who approved, recorded, requested or
 * issued is the command's actor (whose token the authoriser verified), never a payload field, so
 * nobody can record a decision in someone else's name.
 */
export type Mapper<C> = (p: Payload, envelope: CommandEnvelope) => C | Promise<C>;
