/**
 * Whether a projector's consumer is in its consumer group, as kafkajs reports it: GROUP_JOIN
 * makes it a member; REBALANCING, CRASH, STOP and DISCONNECT take it out. Out of the group, no
 * partition is consumed and read models stop moving although every server answers.
 */
export interface GroupMembershipState {
  member: boolean;
  /** When it last joined or left (ISO time); the start of the projector before any join. */
  since: string;
  /** Joins since start: more than one means the group was lost and joined again. */
  joins: number;
  /** Why it is out ('not joined yet', 'rebalancing', 'crashed', 'stopped', 'disconnected'). */
  reason?: string;
}

export class GroupMembership {
  private state: GroupMembershipState;

  constructor(private readonly now: () => Date = () => new Date()) {
    this.state = { member: false, since: now().toISOString(), joins: 0, reason: 'not joined yet' };
  }

  joined(): void {
    this.state = { member: true, since: this.now().toISOString(), joins: this.state.joins + 1 };
  }

  left(reason: string): void {
    // Keep the first moment it went out: the grace period counts from there.
    const since = this.state.member ? this.now().toISOString() : this.state.since;
    this.state = { member: false, since, joins: this.state.joins, reason };
  }

  current(): GroupMembershipState {
    return { ...this.state };
  }
}

/** How long a projector may be out of its group (joining, rebalancing) before health says so. */
export const DEFAULT_GROUP_GRACE_MS = 60_000;

/**
 * The membership as the projector's health indicator reports it: down with "not in its consumer
 * group" once the projector has been out longer than `graceMs` (a normal rebalance or the first
 * join takes seconds); otherwise nothing to report.
 */
export function membershipTrouble(state: GroupMembershipState, now: Date, graceMs = DEFAULT_GROUP_GRACE_MS): string | undefined {
  if (state.member) return undefined;
  const outForMs = now.getTime() - Date.parse(state.since);
  if (outForMs < graceMs) return undefined;
  return `not in its consumer group for ${Math.round(outForMs / 1000)} s (${state.reason ?? 'left'})`;
}
