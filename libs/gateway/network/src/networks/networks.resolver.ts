import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CommandResultView, freshIdOf, type GatewayContext, pageOf, type RequestUser } from '@tn/gateway-core';
import { NETWORK_FIELDS, NETWORK_KINDS, NETWORK_MEMBER_KINDS, NETWORK_REACHES, NETWORK_STATUSES, networkCommandTypes } from '@tn/network-contracts';
import { dateOrToday, requireVocabularyValue } from '../core/inputs';
import { NetworkClient } from '../core/network-client';
import { networkForbidden, requireNetworkPermission, requireNetworkReader } from '../core/network-permissions';
import { networksOf } from './network-reads';
import type { NetworkDoc } from './network.read-model';
import { membersOnDate, membershipView, networkView } from './network-views';
import {
  AdmitNetworkMemberInput,
  DissolveNetworkInput,
  EndNetworkMembershipInput,
  FormNetworkInput,
  NetworkMembershipPage,
  NetworkMembershipView,
  NetworkMemberView,
  NetworkPage,
  NetworkView,
} from './network.models';

/**
 * An existing network a command acts on, and the caller's write permission over its owner unit
 * (its members' units count for nothing). An id this gateway does not know answers
 * FORBIDDEN, as another unit's network does (the service answers so too); the service checks again.
 */
async function requireWritableNetwork(context: GatewayContext, networkId: string): Promise<{ network: NetworkDoc; user: RequestUser }> {
  requireNetworkReader(context);
  const network = await networksOf(context).network(networkId);
  if (!network) throw networkForbidden(context, 'network:write');
  return { network, user: await requireNetworkPermission(context, 'network:write', network.ownerUnitId) };
}

/**
 * Networks and coalitions. Every holder of `network:read` reads any network and its members:
 * a network admits members from every province, so its members' units read it as its owner's
 * do (ids only, no personal data). A unit's own list is its managers' view of its subtree.
 */
@Resolver(() => NetworkView)
export class NetworksResolver {
  constructor(private readonly client: NetworkClient) {}

  @Query(() => NetworkView, { nullable: true, description: 'A network or coalition (readable by every holder of network:read).' })
  async network(@Context() context: GatewayContext, @Args('id', { type: () => ID }) id: string): Promise<NetworkView | null> {
    requireNetworkReader(context);
    const doc = await networksOf(context).network(id);
    return doc ? networkView(doc) : null;
  }

  @Query(() => NetworkPage, { description: 'The networks a unit owns, by name (network:read over the unit); any status unless one is given.' })
  async unitNetworks(
    @Context() context: GatewayContext,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('status', { nullable: true, description: 'active or dissolved' }) status?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<NetworkPage> {
    await requireNetworkPermission(context, 'network:read', unitId);
    const { language } = context;
    const wanted = status === undefined || status === null ? undefined : requireVocabularyValue(status, NETWORK_STATUSES, 'status', language);
    const docs = (await networksOf(context).ownedBy(unitId)).filter((doc) => wanted === undefined || doc.status === wanted);
    return pageOf(docs.map(networkView), (view) => [view.name, view.id], { first: first ?? null, after: after ?? null }, language);
  }

  @Query(() => NetworkMembershipPage, {
    description: 'The networks a group, unit or partner belongs or belonged to, with the dates of each membership (readable by every holder of network:read).',
  })
  async networksOfMember(
    @Context() context: GatewayContext,
    @Args('memberKind', { description: 'group, unit or partner' }) memberKind: string,
    @Args('memberId', { type: () => ID }) memberId: string,
    @Args('currentOnly', { nullable: true, description: 'Only the memberships open now.' }) currentOnly?: boolean,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<NetworkMembershipPage> {
    requireNetworkReader(context);
    const { language } = context;
    const kind = requireVocabularyValue(memberKind, NETWORK_MEMBER_KINDS, 'memberKind', language, 'NETWORK.MEMBER_KIND_UNKNOWN');
    const docs = (await networksOf(context).membershipsOfMember(kind, memberId)).filter((doc) => !currentOnly || doc.current);
    return pageOf(docs.map(membershipView), (view) => [view.networkId], { first: first ?? null, after: after ?? null }, language);
  }

  @ResolveField(() => [NetworkMemberView], { description: 'The members on a date (today when absent), by kind and id.' })
  async members(
    @Context() context: GatewayContext,
    @Parent() network: NetworkView,
    @Args('on', { nullable: true, description: 'YYYY-MM-DD' }) on?: string,
  ): Promise<NetworkMemberView[]> {
    const date = dateOrToday(on, 'on', context.language, 'NETWORK.DATE_INVALID');
    return membersOnDate(await networksOf(context).membershipsOf(network.id), date);
  }

  @ResolveField(() => [NetworkMembershipView], { description: 'Every member with every membership, ended ones included: the dated history.' })
  async memberships(@Context() context: GatewayContext, @Parent() network: NetworkView): Promise<NetworkMembershipView[]> {
    const docs = await networksOf(context).membershipsOf(network.id);
    return docs.map(membershipView).sort((a, b) => a.memberKind.localeCompare(b.memberKind) || a.memberId.localeCompare(b.memberId));
  }

  @Mutation(() => CommandResultView, { description: 'Form a network or coalition for a unit (by the signed-in account, today).' })
  async formNetwork(@Context() context: GatewayContext, @Args('input') input: FormNetworkInput): Promise<CommandResultView> {
    const user = await requireNetworkPermission(context, 'network:write', input.ownerUnitId);
    const { language } = context;
    const networkId = input.networkId ?? freshIdOf(context);
    const payload = {
      networkId,
      name: input.name,
      kind: requireVocabularyValue(input.kind, NETWORK_KINDS, 'kind', language, 'NETWORK.KIND_UNKNOWN'),
      reach: requireVocabularyValue(input.reach, NETWORK_REACHES, 'reach', language, 'NETWORK.REACH_UNKNOWN'),
      ownerUnitId: input.ownerUnitId,
      fields: input.fields.map((field, index) => requireVocabularyValue(field, NETWORK_FIELDS, `fields.${index}`, language, 'NETWORK.FIELD_UNKNOWN')),
      purpose: input.purpose,
    };
    const outcome = await this.client.send(networkCommandTypes, 'FormNetwork', payload, user, language);
    return { id: networkId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Admit a member: a verified group, a unit or a registered partner, from any province.' })
  async admitNetworkMember(@Context() context: GatewayContext, @Args('input') input: AdmitNetworkMemberInput): Promise<CommandResultView> {
    const { network, user } = await requireWritableNetwork(context, input.networkId);
    const { language } = context;
    const kind = requireVocabularyValue(input.memberKind, NETWORK_MEMBER_KINDS, 'memberKind', language, 'NETWORK.MEMBER_KIND_UNKNOWN');
    const payload = {
      networkId: network.networkId,
      member: { kind, id: input.memberId },
      from: dateOrToday(input.from, 'from', language, 'NETWORK.DATE_INVALID'),
    };
    const outcome = await this.client.send(networkCommandTypes, 'AdmitNetworkMember', payload, user, language);
    return { id: network.networkId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: "End a member's current membership on its last day (the history is kept)." })
  async endNetworkMembership(@Context() context: GatewayContext, @Args('input') input: EndNetworkMembershipInput): Promise<CommandResultView> {
    const { network, user } = await requireWritableNetwork(context, input.networkId);
    const { language } = context;
    const payload = {
      networkId: network.networkId,
      memberKind: requireVocabularyValue(input.memberKind, NETWORK_MEMBER_KINDS, 'memberKind', language, 'NETWORK.MEMBER_KIND_UNKNOWN'),
      memberId: input.memberId,
      to: dateOrToday(input.to, 'to', language, 'NETWORK.DATE_INVALID'),
      reason: input.reason,
    };
    const outcome = await this.client.send(networkCommandTypes, 'EndNetworkMembership', payload, user, language);
    return { id: network.networkId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Dissolve a network: final; every membership still open ends that day.' })
  async dissolveNetwork(@Context() context: GatewayContext, @Args('input') input: DissolveNetworkInput): Promise<CommandResultView> {
    const { network, user } = await requireWritableNetwork(context, input.networkId);
    const { language } = context;
    const payload = { networkId: network.networkId, on: dateOrToday(input.on, 'on', language, 'NETWORK.DATE_INVALID'), reason: input.reason };
    const outcome = await this.client.send(networkCommandTypes, 'DissolveNetwork', payload, user, language);
    return { id: network.networkId, ...outcome };
  }
}

/** A membership's network, read when asked for (a member's list of networks). */
@Resolver(() => NetworkMembershipView)
export class NetworkMembershipsResolver {
  @ResolveField(() => NetworkView, { nullable: true })
  async network(@Context() context: GatewayContext, @Parent() membership: NetworkMembershipView): Promise<NetworkView | null> {
    const doc = await networksOf(context).network(membership.networkId);
    return doc ? networkView(doc) : null;
  }
}
