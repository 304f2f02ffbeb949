import { apiError } from '@tn/gateway-graphql-kit';
import { type GatewayContext, type RequestUser, requireUser } from '@tn/gateway-core';
import { networkAllows, partnerAccountOf, requireNetworkPermission, requireNetworkReader } from '../core/network-permissions';
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
 * raised it. A need the caller may not read answers NEED.NOT_FOUND as one that does not exist;
 * the service checks every right again.
 */
export async function requireWritableNeed(context: GatewayContext, needId: string): Promise<{ need: NeedDoc; user: RequestUser }> {
  const need = await requireUnitReadableNeed(context, needId);
  return { need, user: await requireNetworkPermission(context, 'network:write', need.unitId) };
}

/**
 * An offer's caller: the need's managers (write over its unit), or a leader of the offered group
 * offering it (the service checks the leadership on the group's stream). The need must exist.
 */
export async function requireOfferingCaller(context: GatewayContext, needId: string, leadsOfferedGroup: () => Promise<boolean>): Promise<RequestUser> {
  const user = requireUser(context);
  const need = await needsOf(context).need(needId);
  if (!need) throw needNotFound(context, needId);
  if (await networkAllows(context, 'network:write', need.unitId)) return user;
  if (await leadsOfferedGroup()) return user;
  if (!(await networkAllows(context, 'network:read', need.unitId))) throw needNotFound(context, needId);
  return requireNetworkPermission(context, 'network:write', need.unitId);
}
