import type { Permission } from '@tn/shared-auth';

/** A permission of this context, from the platform's one role table (libs/shared/auth). */
export type NetworkPermission = Extract<Permission, `network:${string}`>;

/** The records of the network context that belong to a unit (their owner unit counts in a command's rights). */
export type NetworkRecordKind = 'group' | 'network' | 'partner' | 'agreement' | 'need';

/**
 * What a network command needs: a permission over the units it touches. Each command type states
 * it beside its payload; the network service's authoriser checks it (the gateway checks first).
 */
export interface NetworkCommandScope {
  permission: NetworkPermission;
  /** Units named by the payload (the actor needs the permission over every one). */
  units: string[];
  /**
   * An existing record whose owner unit counts too: a group's host unit (its proposed host until
   * verified), a network's or partner's owner unit, an agreement's lead unit, a need's unit. An
   * unknown record answers like one that is not the actor's.
   */
  record?: { kind: NetworkRecordKind; id: string };
  /**
   * Further existing records whose owner units count too, as `record`'s does: a group offered for
   * a need is its host's to promise, so offering it needs the permission over its host as well.
   */
  records?: { kind: NetworkRecordKind; id: string }[];
  /** People the command names (group leaders): each must be known to the registry. */
  people?: string[];
  /** A person registering their own group: no permission, but they must be this person (a leader of it). */
  selfPersonId?: string;
  /**
   * A leader of this existing, verified group acting for it (offering it for a need whose place
   * lies in the group's area: `record` is that need) needs no permission.
   */
  leaderOfGroupId?: string;
  /** Decided only inside the service (its reactors), never from the command topic. */
  systemOnly?: true;
}
