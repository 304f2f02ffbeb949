import { apiError } from '@tn/gateway-graphql-kit';
import { type GatewayContext, type RequestUser, requireUser } from '@tn/gateway-core';
import { directoryOf, today } from '@tn/gateway-registry';
import { networkAllows, networkForbidden, partnerAccountOf, requireNetworkPermission, requireNetworkReader } from '../core/network-permissions';
import { groupsOf } from '../groups/group-reads';
import type { GroupDoc } from '../groups/group.read-model';
import { callerPartnerIdOf } from '../partners';
import { needsOf } from './need-reads';
import type { NeedDoc } from './need.read-model';

/**
 * Who reads a need:
 * - a holder of `network:read` over the unit that raised it (its subtree's readers above it);
 * - a partner organisation's account, when its partner holds (or held) a match on it: that
 *   need with its own matches only (`ownMatchesOf`), nothing of other offerers.
 * Anyone else hears of it as of an unknown need.
 */
export interface ReadableNeed {
  doc: NeedDoc;
  /** Set for a partner's account: the partner whose matches alone it sees. */
  ownMatchesOf?: string;
}

export async function readableNeed(context: GatewayContext, doc: NeedDoc | undefined): Promise<ReadableNeed | undefined> {
  if (!doc) return undefined;
  if (partnerAccountOf(context)) {
    const partnerId = await callerPartnerIdOf(context);
    return partnerId !== undefined && (await needsOf(context).partnerOffered(doc.needId, partnerId)) ? { doc, ownMatchesOf: partnerId } : undefined;
  }
  return (await networkAllows(context, 'network:read', doc.unitId)) ? { doc } : undefined;
}

export const needNotFound = (context: GatewayContext, needId: string) =>
  apiError({ code: 'NEED.NOT_FOUND', kind: 'not-found', field: 'needId', details: { needId } }, context.language);

/** A need the caller reads through its unit (not as a partner), or NEED.NOT_FOUND as for an unknown one. */
export async function requireUnitReadableNeed(context: GatewayContext, needId: string): Promise<NeedDoc> {
  requireNetworkReader(context);
  const doc = await needsOf(context).need(needId);
  if (!doc || !(await networkAllows(context, 'network:read', doc.unitId))) throw needNotFound(context, needId);
  return doc;
}

/**
 * An existing need a command acts on, and the caller's write permission over the unit that
 * raised it. A need that does not exist answers FORBIDDEN as one of another unit does (no
 * existence oracle; the service answers so too); the service checks every right again.
 */
export async function requireWritableNeed(context: GatewayContext, needId: string): Promise<{ need: NeedDoc; user: RequestUser }> {
  requireNetworkReader(context);
  const need = await needsOf(context).need(needId);
  if (!need) throw networkForbidden(context, 'network:write');
  return { need, user: await requireNetworkPermission(context, 'network:write', need.unitId) };
}

/** Whether the place lies in one of the areas' subtrees, or above one of them (a province's need, a commune's group). */
async function placeInArea(context: GatewayContext, placeUnitId: string, areaUnitIds: readonly string[]): Promise<boolean> {
  const directory = directoryOf(context);
  const day = today();
  const placeLineage = await directory.lineage(placeUnitId, day);
  if (areaUnitIds.some((areaUnitId) => placeLineage.includes(areaUnitId))) return true;
  for (const areaUnitId of areaUnitIds) if ((await directory.lineage(areaUnitId, day)).includes(placeUnitId)) return true;
  return false;
}

/** Write over the need's unit and, for a group, over its host: a group is its host's to promise, in another province too. */
async function managesOffer(context: GatewayContext, need: NeedDoc, offererKind: string, group: GroupDoc | undefined): Promise<boolean> {
  if (!(await networkAllows(context, 'network:write', need.unitId))) return false;
  if (offererKind !== 'group') return true;
  return group !== undefined && (await networkAllows(context, 'network:write', group.hostUnitId));
}

/**
 * An offer's caller (the service checks every right again):
 * - the need's managers (write over its unit) who, offering a group, manage its host too;
 * - a leader of the offered group, verified, offering it for a need whose place lies in the
 *   group's area (its area units' subtrees or lineage).
 * Anything else answers FORBIDDEN alike: an unknown need or group as one the caller may not act
 * on, a need outside the leader's area as an unknown one.
 */
export async function requireOfferingCaller(context: GatewayContext, needId: string, offerer: { kind: string; id: string }): Promise<RequestUser> {
  const user = requireUser(context);
  const need = await needsOf(context).need(needId);
  if (!need) throw networkForbidden(context, 'network:write');
  const group = offerer.kind === 'group' ? await groupsOf(context).group(offerer.id) : undefined;
  if (await managesOffer(context, need, offerer.kind, group)) return user;
  const personId = user.claims.personId;
  const leads = group?.lifecycle === 'verified' && personId !== undefined && group.leaderPersonIds.includes(personId);
  if (leads && (await placeInArea(context, need.placeUnitId, group.areaUnitIds))) return user;
  throw networkForbidden(context, 'network:write');
}
