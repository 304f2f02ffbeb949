import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandResultView, freshIdOf, type GatewayContext, pageOf, requireUser } from '@tn/gateway-core';
import { pageSize } from '@tn/gateway-graphql-kit';
import { directoryOf, today } from '@tn/gateway-registry';
import { NEED_KINDS, NEED_OFFERER_KINDS, NEED_PRIORITIES, NEED_SOURCES, NEED_STATUSES, needCommandTypes, NETWORK_FIELDS } from '@tn/network-contracts';
import { requireFilterValue, requireVocabularyValue } from '../core/inputs';
import { NetworkClient } from '../core/network-client';
import { partnerAccountOf, requireNetworkPermission } from '../core/network-permissions';
import { callerPartnerIdOf, partnersOf } from '../partners';
import { readableNeed, requireOfferingCaller, requireUnitReadableNeed, requireWritableNeed } from './need-access';
import { rankedCandidatesOf } from './need-candidates';
import { needsOf } from './need-reads';
import { candidateView, needView } from './need-views';
import {
  CancelNeedInput,
  DeclineNeedMatchInput,
  NeedMatchCandidateView,
  NeedMatchInput,
  NeedPage,
  NeedView,
  ProposeNeedMatchInput,
  RaiseNeedInput,
  RecordNeedMatchFulfilledInput,
} from './need.models';

const CANDIDATE_LIMITS = { default: 20, max: 100 } as const;

/**
 * Needs and their matches: a unit's needs and the commands of its managers, the ranked
 * candidates for a need, and a partner account's own needs.
 */
@Resolver(() => NeedView)
export class NeedsResolver {
  constructor(private readonly client: NetworkClient) {}

  @Query(() => NeedView, {
    nullable: true,
    description: 'A need (network:read over the unit that raised it; a partner’s account reads a need it offered on, with its own matches only).',
  })
  async need(@Context() context: GatewayContext, @Args('id', { type: () => ID }) id: string): Promise<NeedView | null> {
    requireUser(context);
    const readable = await readableNeed(context, await needsOf(context).need(id));
    return readable ? needView(readable.doc, readable.ownMatchesOf) : null;
  }

  @Query(() => NeedPage, { description: 'The needs a unit raised, by start date (network:read over the unit); any status unless one is given.' })
  async unitNeeds(
    @Context() context: GatewayContext,
    @Args('unitId', { type: () => ID }) unitId: string,
    @Args('status', { nullable: true, description: 'open, fulfilled or cancelled' }) status?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<NeedPage> {
    await requireNetworkPermission(context, 'network:read', unitId);
    const { language } = context;
    const docs = await needsOf(context).unitNeeds(unitId, requireFilterValue(status, NEED_STATUSES, 'status', language));
    return pageOf(
      docs.map((doc) => needView(doc)),
      (view) => [view.from, view.id],
      { first: first ?? null, after: after ?? null },
      language,
    );
  }

  @Query(() => NeedPage, { description: 'For a partner organisation’s account: the needs its partner offered on, each with its own matches only.' })
  async myMatchedNeeds(
    @Context() context: GatewayContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<NeedPage> {
    requireUser(context);
    const partnerId = partnerAccountOf(context) ? await callerPartnerIdOf(context) : undefined;
    const reads = needsOf(context);
    const docs = partnerId === undefined ? [] : await Promise.all((await reads.needIdsOfPartner(partnerId)).map((needId) => reads.need(needId)));
    const views = docs.flatMap((doc) => (doc && partnerId !== undefined ? [needView(doc, partnerId)] : []));
    return pageOf(views, (view) => [view.from, view.id], { first: first ?? null, after: after ?? null }, context.language);
  }

  @Query(() => [NeedMatchCandidateView], {
    description:
      'Groups and partners that could meet an open need, best first (network:read over its unit): those serving its place or an area above it, active, not booked on its dates and not offering already; scored on skills, fields, nearness and kind.',
  })
  async needMatchCandidates(
    @Context() context: GatewayContext,
    @Args('needId', { type: () => ID }) needId: string,
    @Args('first', { type: () => Int, nullable: true, description: 'At most this many (20 unless given, 100 at most).' }) first?: number,
  ): Promise<NeedMatchCandidateView[]> {
    const need = await requireUnitReadableNeed(context, needId);
    const size = pageSize(first ?? null, CANDIDATE_LIMITS, context.language);
    // A fulfilled or cancelled need takes no offer.
    if (need.status !== 'open') return [];
    const day = today();
    const lineage = await directoryOf(context).lineage(need.placeUnitId, day);
    const reads = needsOf(context);
    const docs = (await Promise.all(lineage.map((unitId) => reads.candidatesServing(unitId)))).flat();
    const ranked = rankedCandidatesOf(need, lineage, docs, day, size);
    const partners = partnersOf(context);
    return Promise.all(
      ranked.map(async (candidate) =>
        candidateView(candidate, candidate.kind === 'partner' ? (await partners.partner(candidate.candidateId))?.name : undefined),
      ),
    );
  }

  @Mutation(() => CommandResultView, { description: 'Raise a need of a unit (by the signed-in account, today).' })
  async raiseNeed(@Context() context: GatewayContext, @Args('input') input: RaiseNeedInput): Promise<CommandResultView> {
    const user = await requireNetworkPermission(context, 'network:write', input.unitId);
    const { language } = context;
    const needId = input.needId ?? freshIdOf(context);
    const payload = {
      needId,
      unitId: input.unitId,
      source: requireVocabularyValue(input.source, NEED_SOURCES, 'source', language, 'NEED.SOURCE_UNKNOWN'),
      ...(input.activityId ? { activityId: input.activityId } : {}),
      kind: requireVocabularyValue(input.kind, NEED_KINDS, 'kind', language, 'NEED.KIND_UNKNOWN'),
      description: input.description,
      skills: input.skills ?? [],
      fields: (input.fields ?? []).map((field, index) => requireVocabularyValue(field, NETWORK_FIELDS, `fields.${index}`, language, 'NEED.FIELD_UNKNOWN')),
      quantity: input.quantity,
      measure: input.measure,
      placeUnitId: input.placeUnitId,
      from: input.from,
      to: input.to,
      priority: requireVocabularyValue(input.priority ?? 'normal', NEED_PRIORITIES, 'priority', language, 'NEED.PRIORITY_UNKNOWN'),
    };
    const outcome = await this.client.send(needCommandTypes, 'RaiseNeed', payload, user, language);
    return { id: needId, ...outcome };
  }

  @Mutation(() => CommandResultView, {
    description: 'Offer a group or a partner for a need: its managers (managing the group’s host too), or a leader of the group for a need in its area.',
  })
  async proposeNeedMatch(@Context() context: GatewayContext, @Args('input') input: ProposeNeedMatchInput): Promise<CommandResultView> {
    requireUser(context);
    const { language } = context;
    const kind = requireVocabularyValue(input.offererKind, NEED_OFFERER_KINDS, 'offererKind', language, 'NEED.OFFERER_KIND_UNKNOWN');
    const user = await requireOfferingCaller(context, input.needId, { kind, id: input.offererId });
    const matchId = input.matchId ?? freshIdOf(context);
    const payload = {
      needId: input.needId,
      matchId,
      offerer: { kind, id: input.offererId },
      ...(input.agreementId ? { agreementId: input.agreementId } : {}),
      quantity: input.quantity,
      ...(input.note ? { note: input.note } : {}),
    };
    const outcome = await this.client.send(needCommandTypes, 'ProposeNeedMatch', payload, user, language);
    return { id: matchId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Accept a proposed match: commits its quantity; a group’s dates are booked next.' })
  async acceptNeedMatch(@Context() context: GatewayContext, @Args('input') input: NeedMatchInput): Promise<CommandResultView> {
    const { need, user } = await requireWritableNeed(context, input.needId);
    const outcome = await this.client.send(needCommandTypes, 'AcceptNeedMatch', { needId: need.needId, matchId: input.matchId }, user, context.language);
    return { id: input.matchId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Decline a proposed match, with a reason.' })
  async declineNeedMatch(@Context() context: GatewayContext, @Args('input') input: DeclineNeedMatchInput): Promise<CommandResultView> {
    const { need, user } = await requireWritableNeed(context, input.needId);
    const payload = { needId: need.needId, matchId: input.matchId, reason: input.reason };
    const outcome = await this.client.send(needCommandTypes, 'DeclineNeedMatch', payload, user, context.language);
    return { id: input.matchId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Record what an accepted match delivered; the delivery that reaches what was asked fulfils the need.' })
  async recordNeedMatchFulfilled(@Context() context: GatewayContext, @Args('input') input: RecordNeedMatchFulfilledInput): Promise<CommandResultView> {
    const { need, user } = await requireWritableNeed(context, input.needId);
    const payload = { needId: need.needId, matchId: input.matchId, deliveredQuantity: input.deliveredQuantity };
    const outcome = await this.client.send(needCommandTypes, 'RecordNeedMatchFulfilled', payload, user, context.language);
    return { id: input.matchId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Cancel an open need, with a reason; the groups booked for it are freed.' })
  async cancelNeed(@Context() context: GatewayContext, @Args('input') input: CancelNeedInput): Promise<CommandResultView> {
    const { need, user } = await requireWritableNeed(context, input.needId);
    const outcome = await this.client.send(needCommandTypes, 'CancelNeed', { needId: need.needId, reason: input.reason }, user, context.language);
    return { id: need.needId, ...outcome };
  }
}
