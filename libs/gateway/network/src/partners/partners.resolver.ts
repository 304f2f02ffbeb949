import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandResultView, freshIdOf, type GatewayContext, pageOf, type RequestUser } from '@tn/gateway-core';
import { PARTNER_KINDS, partnerCommandTypes } from '@tn/network-contracts';
import { requireVocabularyValue } from '../core/inputs';
import { NetworkClient } from '../core/network-client';
import { networkForbidden, requireNetworkPermission, requireNetworkReader } from '../core/network-permissions';
import { partnerCallerOf, partnerShownTo, requirePartnerAccount, seesPartnerAccounts } from './partner-access';
import { partnersOf } from './partner-reads';
import type { PartnerDoc } from './partner.read-model';
import { PartnerAccountInput, PartnerPage, PartnerView, RegisterPartnerInput, RevisePartnerInput } from './partner.models';
import { partnerView } from './partner-views';

/**
 * An existing partner a command acts on, and the caller's write permission over its owner unit.
 * An id this gateway does not know answers FORBIDDEN, as another unit's partner does (the service
 * answers so too); the service checks again.
 */
async function requireWritablePartner(context: GatewayContext, partnerId: string): Promise<{ partner: PartnerDoc; user: RequestUser }> {
  requireNetworkReader(context);
  const partner = await partnersOf(context).partner(partnerId);
  if (!partner) throw networkForbidden(context, 'network:write');
  return { partner, user: await requireNetworkPermission(context, 'network:write', partner.ownerUnitId) };
}

/** The profile fields of a registration or revision, in the contract's shape. */
function profileOf(context: GatewayContext, input: RegisterPartnerInput | RevisePartnerInput) {
  return {
    name: input.name,
    kind: requireVocabularyValue(input.kind, PARTNER_KINDS, 'kind', context.language, 'PARTNER.KIND_UNKNOWN'),
    ...(input.countryCode ? { countryCode: input.countryCode } : {}),
    ...(input.website ? { website: input.website } : {}),
  };
}

/**
 * Partner organisations: every holder of `network:read` reads their profiles; a partner's own
 * account reads its own record only (`myPartner`, or `partner` with its id); the managers of the
 * owner unit keep it and link its accounts.
 */
@Resolver(() => PartnerView)
export class PartnersResolver {
  constructor(private readonly client: NetworkClient) {}

  @Query(() => PartnerView, {
    nullable: true,
    description: "A partner (readable by every holder of network:read; a partner's account reads its own only, any other answers null).",
  })
  async partner(@Context() context: GatewayContext, @Args('id', { type: () => ID }) id: string): Promise<PartnerView | null> {
    const caller = await partnerCallerOf(context);
    const doc = partnerShownTo(caller, await partnersOf(context).partner(id));
    return doc ? partnerView(doc, await seesPartnerAccounts(context, caller, doc)) : null;
  }

  @Query(() => PartnerPage, { description: 'The partners a unit keeps, by name (network:read over the unit).' })
  async unitPartners(
    @Context() context: GatewayContext,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('kind', { nullable: true }) kind?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<PartnerPage> {
    await requireNetworkPermission(context, 'network:read', unitId);
    const { language } = context;
    const wanted = kind === undefined || kind === null ? undefined : requireVocabularyValue(kind, PARTNER_KINDS, 'kind', language, 'PARTNER.KIND_UNKNOWN');
    const docs = (await partnersOf(context).partnersOwnedBy(unitId)).filter((doc) => wanted === undefined || doc.kind === wanted);
    return pageOf(
      docs.map((doc) => partnerView(doc, true)),
      (view) => [view.name, view.id],
      { first: first ?? null, after: after ?? null },
      language,
    );
  }

  @Query(() => PartnerView, { nullable: true, description: "For a partner's account: the partner it reads as (null while it is linked to none)." })
  async myPartner(@Context() context: GatewayContext): Promise<PartnerView | null> {
    const partnerId = await requirePartnerAccount(context);
    const doc = partnerId ? await partnersOf(context).partner(partnerId) : undefined;
    return doc ? partnerView(doc, false) : null;
  }

  @Mutation(() => CommandResultView, { description: 'Register a partner organisation kept by a unit (network:write over it).' })
  async registerPartner(@Context() context: GatewayContext, @Args('input') input: RegisterPartnerInput): Promise<CommandResultView> {
    const user = await requireNetworkPermission(context, 'network:write', input.ownerUnitId);
    const partnerId = input.partnerId ?? freshIdOf(context);
    const payload = { partnerId, ...profileOf(context, input), ownerUnitId: input.ownerUnitId };
    const outcome = await this.client.send(partnerCommandTypes, 'RegisterPartner', payload, user, context.language);
    return { id: partnerId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: "Revise a partner's profile (network:write over its owner unit)." })
  async revisePartner(@Context() context: GatewayContext, @Args('input') input: RevisePartnerInput): Promise<CommandResultView> {
    const { partner, user } = await requireWritablePartner(context, input.partnerId);
    const payload = { partnerId: partner.partnerId, ...profileOf(context, input) };
    const outcome = await this.client.send(partnerCommandTypes, 'RevisePartner', payload, user, context.language);
    return { id: partner.partnerId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: "Let a registry account of kind 'partner' read as the partner (network:write over its owner unit)." })
  async linkPartnerAccount(@Context() context: GatewayContext, @Args('input') input: PartnerAccountInput): Promise<CommandResultView> {
    const { partner, user } = await requireWritablePartner(context, input.partnerId);
    const payload = { partnerId: partner.partnerId, accountId: input.accountId };
    const outcome = await this.client.send(partnerCommandTypes, 'LinkPartnerAccount', payload, user, context.language);
    return { id: partner.partnerId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Stop an account reading as the partner (network:write over its owner unit).' })
  async unlinkPartnerAccount(@Context() context: GatewayContext, @Args('input') input: PartnerAccountInput): Promise<CommandResultView> {
    const { partner, user } = await requireWritablePartner(context, input.partnerId);
    const payload = { partnerId: partner.partnerId, accountId: input.accountId };
    const outcome = await this.client.send(partnerCommandTypes, 'UnlinkPartnerAccount', payload, user, context.language);
    return { id: partner.partnerId, ...outcome };
  }
}
