import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { apiError } from '@tn/gateway-graphql-kit';
import { CommandResultView, freshIdOf, type GatewayContext, requireUser } from '@tn/gateway-core';
import { GROUP_DECLARED_STATUSES, GROUP_KINDS, GROUP_ORIGINS, groupCommandTypes } from '@tn/network-contracts';
import { dateOrToday, requireVocabularyValue } from '../core/inputs';
import { NetworkClient } from '../core/network-client';
import { requireNetworkPermission } from '../core/network-permissions';
import { requireWritableGroup } from './group-access';
import { requireGroupFields } from './group-inputs';
import {
  DeclareGroupStatusInput,
  DeclineGroupVerificationInput,
  MoveGroupHostInput,
  RegisterGroupInput,
  ReviseGroupProfileInput,
  SelfRegisterGroupInput,
  VerifyGroupInput,
} from './group.inputs';

/** Kind and origin, checked against their vocabularies with the decider's codes. */
function kindAndOrigin(context: GatewayContext, input: { kind: string; origin: string }) {
  return {
    kind: requireVocabularyValue(input.kind, GROUP_KINDS, 'kind', context.language, 'GROUP.KIND_UNKNOWN'),
    origin: requireVocabularyValue(input.origin, GROUP_ORIGINS, 'origin', context.language, 'GROUP.ORIGIN_UNKNOWN'),
  };
}

/** Registering, verifying, revising, moving and declaring groups. The service checks every right again. */
@Resolver()
export class GroupChangesResolver {
  constructor(private readonly client: NetworkClient) {}

  @Mutation(() => CommandResultView, { description: 'Register a group the unit hosts: verified by you and hosted by the unit from today.' })
  async registerGroup(@Context() context: GatewayContext, @Args('input') input: RegisterGroupInput): Promise<CommandResultView> {
    const { language } = context;
    const { kind, origin } = kindAndOrigin(context, input);
    const fields = requireGroupFields(input.fields, language);
    const user = await requireNetworkPermission(context, 'network:write', input.hostUnitId);
    const groupId = input.groupId ?? freshIdOf(context);
    const payload = {
      groupId,
      name: input.name,
      kind,
      origin,
      hostUnitId: input.hostUnitId,
      fields,
      areaUnitIds: input.areaUnitIds ?? [input.hostUnitId],
      size: input.size,
      leaderPersonIds: [...input.leaderPersonIds],
      ...(input.foundedOn ? { foundedOn: input.foundedOn } : {}),
    };
    const outcome = await this.client.send(groupCommandTypes, 'RegisterGroup', payload, user, language);
    return { id: groupId, ...outcome };
  }

  @Mutation(() => CommandResultView, {
    description: 'Register your own group, as one of its leaders (added to the leaders if not listed), proposing its host: pending until verified.',
  })
  async selfRegisterGroup(@Context() context: GatewayContext, @Args('input') input: SelfRegisterGroupInput): Promise<CommandResultView> {
    const { language } = context;
    const user = requireUser(context);
    const leaderPersonId = user.claims.personId;
    if (leaderPersonId === undefined) throw apiError({ code: 'GROUP.SELF_NOT_LEADER', kind: 'validation', field: 'leaderPersonIds' }, language);
    const { kind, origin } = kindAndOrigin(context, input);
    const fields = requireGroupFields(input.fields, language);
    // Always a fresh id, whatever the client sent: an id of its choosing would tell whether a group exists elsewhere.
    const groupId = freshIdOf(context);
    const payload = {
      groupId,
      name: input.name,
      kind,
      origin,
      proposedHostUnitId: input.proposedHostUnitId,
      fields,
      areaUnitIds: input.areaUnitIds ?? [input.proposedHostUnitId],
      size: input.size,
      leaderPersonIds: input.leaderPersonIds.includes(leaderPersonId) ? [...input.leaderPersonIds] : [leaderPersonId, ...input.leaderPersonIds],
      leaderPersonId,
      ...(input.foundedOn ? { foundedOn: input.foundedOn } : {}),
    };
    const outcome = await this.client.send(groupCommandTypes, 'SelfRegisterGroup', payload, user, language);
    return { id: groupId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Verify a group its leader registered (not by whoever registered it): hosted by the unit from today.' })
  async verifyGroup(@Context() context: GatewayContext, @Args('input') input: VerifyGroupInput): Promise<CommandResultView> {
    const { group, user } = await requireWritableGroup(context, input.groupId);
    const outcome = await this.client.send(groupCommandTypes, 'VerifyGroup', { groupId: group.groupId }, user, context.language);
    return { id: group.groupId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Decline a group its leader registered, with a reason (final).' })
  async declineGroupVerification(@Context() context: GatewayContext, @Args('input') input: DeclineGroupVerificationInput): Promise<CommandResultView> {
    const { group, user } = await requireWritableGroup(context, input.groupId);
    const payload = { groupId: group.groupId, reason: input.reason };
    const outcome = await this.client.send(groupCommandTypes, 'DeclineGroupVerification', payload, user, context.language);
    return { id: group.groupId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: "Revise a group's profile (the same profile again records nothing)." })
  async reviseGroupProfile(@Context() context: GatewayContext, @Args('input') input: ReviseGroupProfileInput): Promise<CommandResultView> {
    const fields = requireGroupFields(input.fields, context.language);
    const { group, user } = await requireWritableGroup(context, input.groupId);
    const payload = {
      groupId: group.groupId,
      name: input.name,
      fields,
      areaUnitIds: [...input.areaUnitIds],
      size: input.size,
      leaderPersonIds: [...input.leaderPersonIds],
    };
    const outcome = await this.client.send(groupCommandTypes, 'ReviseGroupProfile', payload, user, context.language);
    return { id: group.groupId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Move a verified group to another host from a date: write rights over both hosts.' })
  async moveGroupHost(@Context() context: GatewayContext, @Args('input') input: MoveGroupHostInput): Promise<CommandResultView> {
    const from = dateOrToday(input.from, 'from', context.language, 'GROUP.DATE_INVALID');
    const { group, user } = await requireWritableGroup(context, input.groupId);
    await requireNetworkPermission(context, 'network:write', input.newHostUnitId);
    const payload = { groupId: group.groupId, newHostUnitId: input.newHostUnitId, from };
    const outcome = await this.client.send(groupCommandTypes, 'MoveGroupHost', payload, user, context.language);
    return { id: group.groupId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Declare a verified group active, dormant or dissolved (final), with a reason.' })
  async declareGroupStatus(@Context() context: GatewayContext, @Args('input') input: DeclareGroupStatusInput): Promise<CommandResultView> {
    const status = requireVocabularyValue(input.status, GROUP_DECLARED_STATUSES, 'status', context.language, 'GROUP.STATUS_UNKNOWN');
    const { group, user } = await requireWritableGroup(context, input.groupId);
    const payload = { groupId: group.groupId, status, reason: input.reason };
    const outcome = await this.client.send(groupCommandTypes, 'DeclareGroupStatus', payload, user, context.language);
    return { id: group.groupId, ...outcome };
  }
}
