import { type GatewayContext, requireUser } from '@tn/gateway-core';
import { networkAllows, networkAllowsAny, networkForbidden, partnerAccountOf, requireNetworkReader } from '../core/network-permissions';
import type { AgreementDoc } from './agreement.read-model';
import { partnerIdOfAccount, partnersOf } from './partner-reads';
import type { PartnerDoc } from './partner.read-model';

/**
 * Who reads what of the partners area:
 * - a partner organisation's account (claims kind 'partner') reads as the partner it is linked
 *   to: that partner's record and the agreements naming it, nothing else (another partner or
 *   agreement answers as an unknown id; an account linked to none reads nothing);
 * - a cadre holding `network:read` anywhere reads every partner's profile (organisations, no
 *   personal data: units sign agreements and admit partners to networks across provinces), its
 *   linked accounts only with `network:read` over its owner unit, and an agreement with
 *   `network:read` over its lead unit or any party unit.
 */
export type PartnerCaller = { kind: 'partner'; partnerId: string | undefined } | { kind: 'cadre' };

/** The caller as this area tells them apart (a partner account's link read once per request). */
export async function partnerCallerOf(context: GatewayContext): Promise<PartnerCaller> {
  const account = partnerAccountOf(context);
  if (account) return { kind: 'partner', partnerId: await partnerIdOfAccount(partnersOf(context), account.claims.sub) };
  requireNetworkReader(context);
  return { kind: 'cadre' };
}

/** The partner the signed-in partner account reads as, if the caller is one and is linked (for other areas too). */
export async function callerPartnerIdOf(context: GatewayContext): Promise<string | undefined> {
  const account = partnerAccountOf(context);
  return account ? partnerIdOfAccount(partnersOf(context), account.claims.sub) : undefined;
}

/** For a partner's own queries: the partner its account reads as (undefined while linked to none), or FORBIDDEN to any other caller. */
export async function requirePartnerAccount(context: GatewayContext): Promise<string | undefined> {
  requireUser(context);
  if (!partnerAccountOf(context)) throw networkForbidden(context, 'network:read');
  return callerPartnerIdOf(context);
}

/** Pure: whether a partner account reads the partner or the agreement (its own only). */
export const partnerAccountReads = (partnerId: string | undefined, record: { partnerId: string }): boolean =>
  partnerId !== undefined && record.partnerId === partnerId;

/** The partner if the caller reads it, else undefined (as if unknown). */
export function partnerShownTo(caller: PartnerCaller, doc: PartnerDoc | undefined): PartnerDoc | undefined {
  if (!doc) return undefined;
  if (caller.kind === 'partner') return partnerAccountReads(caller.partnerId, doc) ? doc : undefined;
  return doc;
}

/** Whether the caller sees the partner's linked accounts: `network:read` over its owner unit. */
export async function seesPartnerAccounts(context: GatewayContext, caller: PartnerCaller, doc: PartnerDoc): Promise<boolean> {
  return caller.kind === 'cadre' && networkAllows(context, 'network:read', doc.ownerUnitId);
}

/** The agreement if the caller reads it, else undefined (as if unknown). */
export async function agreementShownTo(context: GatewayContext, caller: PartnerCaller, doc: AgreementDoc | undefined): Promise<AgreementDoc | undefined> {
  if (!doc) return undefined;
  if (caller.kind === 'partner') return partnerAccountReads(caller.partnerId, doc) ? doc : undefined;
  return (await networkAllowsAny(context, 'network:read', doc.unitIds)) ? doc : undefined;
}
