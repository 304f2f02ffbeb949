import type { CommandRoute } from '@tn/shared-event-sourcing-nest';
import { vietnamDateOf } from '@tn/shared-unit-hierarchy';

/**
 * Every network command carries the server's Vietnam date of the envelope (`today`: acts are
 * dated by it and the dates a payload states are bounded by it; deciders keep no clock) and the
 * acting user's id (`actorId`: who registered, verified, accepted...). Both come from the envelope,
 * after the payload, so no payload field can stand in for them.
 */
export const acting = (route: CommandRoute): CommandRoute => ({
  ...route,
  toCommand: async (payload, envelope) => ({
    ...((await route.toCommand(payload, envelope)) as object),
    today: vietnamDateOf(envelope.issuedAt),
    actorId: envelope.actor.id,
  }),
});
