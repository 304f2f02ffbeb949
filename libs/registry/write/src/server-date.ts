import { vietnamDateOf } from '@tn/registry-domain';
import type { CommandRoute } from '@tn/shared-event-sourcing-nest';

/** Every registry command carries the server's date it was issued on: it bounds the dates the command states (the deciders keep no clock). */
export const onServerDate = (route: CommandRoute): CommandRoute => ({
  ...route,
  toCommand: async (payload, envelope) => ({ ...((await route.toCommand(payload, envelope)) as object), today: vietnamDateOf(envelope.issuedAt) }),
});
