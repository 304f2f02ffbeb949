/**
 * Vocabulary of networks and coalitions (domain.md §6): a network (mạng lưới) links groups,
 * units and partners around a field; a coalition (liên minh) is a standing alliance of them.
 */
export const NETWORK_KINDS = ['network', 'coalition'] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

/** How far it reaches: one commune or district, a province, the country, across borders. */
export const NETWORK_REACHES = ['local', 'provincial', 'national', 'international'] as const;
export type NetworkReach = (typeof NETWORK_REACHES)[number];

/** What may be a member: a volunteer group, a unit of the organisation, a partner organisation. */
export const NETWORK_MEMBER_KINDS = ['group', 'unit', 'partner'] as const;
export type NetworkMemberKind = (typeof NETWORK_MEMBER_KINDS)[number];

/** A network is active from its formation until it is dissolved (final). */
export const NETWORK_STATUSES = ['active', 'dissolved'] as const;
export type NetworkStatus = (typeof NETWORK_STATUSES)[number];

/** Why a membership ended: ended on its own, or with the whole network. */
export const NETWORK_MEMBERSHIP_END_CAUSES = ['ended', 'network-dissolved'] as const;
export type NetworkMembershipEndCause = (typeof NETWORK_MEMBERSHIP_END_CAUSES)[number];

/** One key per member across kinds (`group:g-1`, `unit:u-1`): ids of different kinds may coincide. */
export const networkMemberKeyOf = (kind: string, id: string): string => `${kind}:${id}`;
