import type { CommandRoute } from '@tn/shared-event-sourcing-nest';
import { vietnamDateOf } from '@tn/shared-unit-hierarchy';

/**
 * Every reporting command carries the server's time of the envelope (`at`: it dates the event),
 * its date in Vietnam (`today`: a declaration's period must have begun by it; deciders keep no
 * clock) and the acting account (`actorId`: who defined, revised, declared). All come from the
 * envelope, after the payload, so no payload field can stand in for them.
 */
export const acting = (route: CommandRoute): CommandRoute => ({
  ...route,
  toCommand: async (payload, envelope) => ({
    ...((await route.toCommand(payload, envelope)) as object),
    today: vietnamDateOf(envelope.issuedAt),
    at: envelope.issuedAt,
    actorId: envelope.actor.id,
  }),
});
