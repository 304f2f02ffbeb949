import { type GatewayContext, type RequestUser, requireUser, scopeFor } from '@tn/gateway-core';
import { today } from '@tn/gateway-registry';
import { networkAllows, networkForbidden, requireNetworkPermission, requireNetworkReader } from '../core/network-permissions';
import { groupsOf } from './group-reads';
import { groupStandingOn } from './group-standing';
import type { GroupDoc } from './group.read-model';

/** Whether the caller holds `network:read` over some unit. */
export function readsNetwork(context: GatewayContext): boolean {
  const scope = scopeFor(context, 'network:read');
  return scope === 'everywhere' || scope.length > 0;
}

/**
 * Who reads a group: a verified one (dissolved too), every network reader, anywhere (its profile
 * holds no personal data and networks admit groups from every province); one pending or declined,
 * the readers of its proposed host's subtree and its own leaders only.
 */
export async function mayReadGroup(context: GatewayContext, doc: GroupDoc): Promise<boolean> {
  const user = requireUser(context);
  if (doc.lifecycle === 'verified' || doc.lifecycle === 'dissolved') return readsNetwork(context);
  if (user.claims.personId !== undefined && doc.leaderPersonIds.includes(user.claims.personId)) return true;
  return networkAllows(context, 'network:read', doc.proposedHostUnitId);
}

/**
 * A group the caller reads, or undefined for one that does not exist or that they may not read
 * (both answer alike). A caller reading no network at all hears FORBIDDEN, unless they lead it.
 */
export async function readableGroup(context: GatewayContext, groupId: string): Promise<GroupDoc | undefined> {
  requireUser(context);
  const doc = await groupsOf(context).group(groupId);
  if (doc && (await mayReadGroup(context, doc))) return doc;
  if (!readsNetwork(context)) throw networkForbidden(context, 'network:read');
  return undefined;
}

/**
 * An existing group a command acts on, and the caller's write permission over its owner unit
 * (its host, its proposed host until verified). One that does not exist, or that the caller may
 * not read, answers FORBIDDEN as one of another unit does (no existence oracle; the service
 * answers so too); the service checks every right again.
 */
export async function requireWritableGroup(context: GatewayContext, groupId: string): Promise<{ group: GroupDoc; user: RequestUser }> {
  requireNetworkReader(context);
  const group = await readableGroup(context, groupId);
  if (!group) throw networkForbidden(context, 'network:write');
  // Today's host: a merger dated ahead hands the group to its successor only from that date.
  const host = groupStandingOn(group, today())?.hostUnitId ?? group.hostUnitId;
  return { group, user: await requireNetworkPermission(context, 'network:write', host) };
}
