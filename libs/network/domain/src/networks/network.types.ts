import type { NetworkMembershipPeriod } from '@tn/network-contracts';

/**
 * A network as its decisions need it. `ownerUnitId` is the unit whose managers act on it (the
 * authoriser reads it); it is empty before the network is formed. Memberships are kept in the
 * order admitted, ended ones included: a member that left and rejoined has one period each time.
 */
export interface NetworkState {
  status: 'none' | 'active' | 'dissolved';
  networkId: string;
  ownerUnitId: string;
  memberships: readonly NetworkMembershipPeriod[];
  dissolvedOn?: string;
}

export type ActiveNetwork = NetworkState & { status: 'active' };

/** The member's membership still open (at most one), if any. */
export const currentMembershipOf = (state: NetworkState, memberKind: string, memberId: string): NetworkMembershipPeriod | undefined =>
  state.memberships.find((membership) => membership.memberKind === memberKind && membership.memberId === memberId && membership.to === undefined);

/** The last day of the member's latest ended membership, if it had one. */
export function lastEndOf(state: NetworkState, memberKind: string, memberId: string): string | undefined {
  const ends = state.memberships
    .filter((membership) => membership.memberKind === memberKind && membership.memberId === memberId)
    .flatMap((membership) => (membership.to === undefined ? [] : [membership.to]));
  return ends.sort().at(-1);
}
