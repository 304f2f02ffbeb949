import type { networkCommandTypes } from '@tn/network-contracts';
import type { CommandNamed, CommandsOf } from '@tn/shared-event-contracts';

/**
 * What every network command carries beside its payload: the server's date in Vietnam (acts
 * are dated by it and the dates a payload states are bounded by it) and the acting user's id.
 */
export interface ActFacts {
  today: string;
  actorId: string;
}

/**
 * The member an admission names, as the route found it: `exists` for a verified group (one not
 * yet verified, or declined, does not count), a unit of the hierarchy today, a registered
 * partner; `dissolved` for a group that has dissolved. Where the member is does not matter.
 */
export interface LookedUpMember {
  exists: boolean;
  dissolved?: boolean;
}

/** The network's commands: each payload (its one schema is in the contracts) with the act's facts. */
export type NetworkCommand = CommandsOf<
  typeof networkCommandTypes,
  {
    FormNetwork: ActFacts;
    AdmitNetworkMember: ActFacts & { member: LookedUpMember };
    EndNetworkMembership: ActFacts;
    DissolveNetwork: ActFacts;
  }
>;

export type FormNetworkCommand = CommandNamed<NetworkCommand, 'FormNetwork'>;
export type AdmitNetworkMemberCommand = CommandNamed<NetworkCommand, 'AdmitNetworkMember'>;
export type EndNetworkMembershipCommand = CommandNamed<NetworkCommand, 'EndNetworkMembership'>;
export type DissolveNetworkCommand = CommandNamed<NetworkCommand, 'DissolveNetwork'>;
