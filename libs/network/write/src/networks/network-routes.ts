import { type CommandRoute, routesOf } from '@tn/shared-event-sourcing-nest';
import { vietnamDateOf } from '@tn/shared-unit-hierarchy';
import { networkCommandTypes } from '@tn/network-contracts';
import { type LookedUpMember, NETWORK_STREAM_TYPE, networkDecider } from '@tn/network-domain';
import { acting } from '../acting';
import type { NetworkLookups } from '../lookups';

/**
 * Whether the member an admission names exists, wherever it is: a group verified (dissolved is
 * told apart; one pending verification or declined is not a group yet), a unit of this service's
 * copy of the hierarchy today, a registered partner. An unknown kind is looked up nowhere: the
 * decider refuses it first.
 */
export async function memberFactOf(lookups: NetworkLookups, kind: string, id: string, today: string): Promise<LookedUpMember> {
  switch (kind) {
    case 'group': {
      const { status } = await lookups.groupOf(id);
      return status === 'dissolved' ? { exists: true, dissolved: true } : { exists: status === 'verified' };
    }
    case 'unit':
      return { exists: lookups.knownUnitOn(id, today) };
    case 'partner':
      return { exists: (await lookups.partnerOf(id)).status !== 'none' };
    default:
      return { exists: false };
  }
}

/**
 * Networks and coalitions: one stream each. An admission carries its member as the route found
 * it (beside the payload's kind and id); the other commands need nothing but the stream.
 */
export const networkRoutes = (lookups: NetworkLookups): CommandRoute[] =>
  routesOf(
    networkCommandTypes,
    { streamType: NETWORK_STREAM_TYPE, decider: networkDecider },
    {
      AdmitNetworkMember: async ({ member }, envelope) => ({
        member: { kind: member.kind, id: member.id, ...(await memberFactOf(lookups, member.kind, member.id, vietnamDateOf(envelope.issuedAt))) },
      }),
    },
  ).map(acting);
