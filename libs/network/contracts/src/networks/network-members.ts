import type { NetworkMemberKind } from './network-vocabulary';

/** One dated membership: from its first day to its last (`to`, inclusive), open while current. */
export interface NetworkMembershipPeriod {
  memberKind: NetworkMemberKind;
  memberId: string;
  from: string;
  to?: string;
}

/**
 * The memberships in force on a date (`YYYY-MM-DD`): begun on or before it and not ended
 * before it. A member that left and rejoined has one period each time, at most one of them in
 * force on any date. The decider, the gateway and reporting count members by this one rule.
 */
export function membersOn<M extends NetworkMembershipPeriod>(memberships: readonly M[], date: string): M[] {
  return memberships.filter((membership) => membership.from <= date && (membership.to === undefined || date <= membership.to));
}
