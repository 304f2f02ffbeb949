import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandResultView, freshIdOf, type GatewayContext, pageOf } from '@tn/gateway-core';
import { COORDINATION_MODEL_STATUSES, coordinationModelCommandTypes } from '@tn/training-contracts';
import { TrainingClient } from '../core/training-client';
import { requireTrainingPermission, requireTrainingReader } from '../core/training-permissions';
import { requireFilterValue } from '../core/vocabulary';
import { shownTo } from './catalogue-access';
import { catalogueFilterOf } from './catalogue-filters';
import { catalogueOf } from './catalogue-directory';
import { requireWritableItem } from './catalogue-items';
import {
  CoordinationModelPage,
  CoordinationModelView,
  DraftCoordinationModelInput,
  PublishCoordinationModelInput,
  RetireCoordinationModelInput,
  ReviseCoordinationModelInput,
} from './coordination-model.models';
import type { CoordinationModelDoc } from './coordination-model.read-model';

export function coordinationModelView(doc: CoordinationModelDoc): CoordinationModelView {
  return {
    id: doc.modelId,
    name: doc.name,
    description: doc.description,
    curriculumId: doc.curriculumId,
    ownerUnitId: doc.ownerUnitId,
    status: doc.status,
    draftedBy: doc.draftedBy,
    draftedOn: doc.draftedOn,
    revisionCount: doc.revisionCount,
    revisedBy: doc.revisedBy ?? null,
    revisedOn: doc.revisedOn ?? null,
    publishedBy: doc.publishedBy ?? null,
    publishedOn: doc.publishedOn ?? null,
    retiredBy: doc.retiredBy ?? null,
    retiredOn: doc.retiredOn ?? null,
    retireReason: doc.retireReason ?? null,
  };
}

const MODEL_NOT_FOUND = { code: 'COORDINATION_MODEL.NOT_FOUND', field: 'modelId' } as const;

/** The coordination-model catalogue (K3): published and retired models to every training reader, drafts within their owner's subtree. */
@Resolver(() => CoordinationModelView)
export class CoordinationModelsResolver {
  constructor(private readonly client: TrainingClient) {}

  @Query(() => CoordinationModelView, {
    nullable: true,
    description: "A coordination model (a draft only to readers within its owner's subtree; to others it is unknown).",
  })
  async coordinationModel(@Context() context: GatewayContext, @Args('id', { type: () => ID }) id: string): Promise<CoordinationModelView | null> {
    requireTrainingReader(context);
    const doc = await catalogueOf(context).coordinationModel(id);
    const [shown] = doc ? await shownTo(context, [doc]) : [];
    return shown ? coordinationModelView(shown) : null;
  }

  @Query(() => CoordinationModelPage, {
    description:
      "Coordination models, by name: an owner unit's or a curriculum's (any status unless one is given), or else every model of a status (published unless another is given). Drafts are listed only within their owner's subtree.",
  })
  async coordinationModels(
    @Context() context: GatewayContext,
    @Args('ownerUnitId', { type: () => ID, nullable: true }) ownerUnitId?: string,
    @Args('curriculumId', { type: () => ID, nullable: true }) curriculumId?: string,
    @Args('status', { nullable: true, description: 'draft, published or retired' }) status?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<CoordinationModelPage> {
    requireTrainingReader(context);
    const filter = catalogueFilterOf(
      { ownerUnitId, curriculumId },
      requireFilterValue(status, COORDINATION_MODEL_STATUSES, 'status', context.language),
      'published',
    );
    const docs = await shownTo(context, await catalogueOf(context).coordinationModels(filter));
    return pageOf(docs.map(coordinationModelView), (view) => [view.name, view.id], { first: first ?? null, after: after ?? null }, context.language);
  }

  @Mutation(() => CommandResultView, { description: 'Draft a coordination model taught by a curriculum.' })
  async draftCoordinationModel(@Context() context: GatewayContext, @Args('input') input: DraftCoordinationModelInput): Promise<CommandResultView> {
    const user = await requireTrainingPermission(context, 'training:write', input.ownerUnitId);
    const modelId = input.modelId ?? freshIdOf(context);
    const { name, description, curriculumId, ownerUnitId } = input;
    const outcome = await this.client.send(
      coordinationModelCommandTypes,
      'DraftCoordinationModel',
      { modelId, name, description, curriculumId, ownerUnitId },
      user,
      context.language,
    );
    return { id: modelId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Revise a draft or published model (not a retired one).' })
  async reviseCoordinationModel(@Context() context: GatewayContext, @Args('input') input: ReviseCoordinationModelInput): Promise<CommandResultView> {
    const { item, user } = await requireWritableItem(context, catalogueOf(context).coordinationModel(input.modelId), MODEL_NOT_FOUND);
    const { name, description, curriculumId } = input;
    const payload = { modelId: item.modelId, name, description, curriculumId };
    const outcome = await this.client.send(coordinationModelCommandTypes, 'ReviseCoordinationModel', payload, user, context.language);
    return { id: item.modelId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Publish a model: by the signed-in account, today; campaigns may then apply it.' })
  async publishCoordinationModel(@Context() context: GatewayContext, @Args('input') input: PublishCoordinationModelInput): Promise<CommandResultView> {
    const { item, user } = await requireWritableItem(context, catalogueOf(context).coordinationModel(input.modelId), MODEL_NOT_FOUND);
    const outcome = await this.client.send(coordinationModelCommandTypes, 'PublishCoordinationModel', { modelId: item.modelId }, user, context.language);
    return { id: item.modelId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Retire a published model, with a reason: campaigns can no longer apply it.' })
  async retireCoordinationModel(@Context() context: GatewayContext, @Args('input') input: RetireCoordinationModelInput): Promise<CommandResultView> {
    const { item, user } = await requireWritableItem(context, catalogueOf(context).coordinationModel(input.modelId), MODEL_NOT_FOUND);
    const payload = { modelId: item.modelId, reason: input.reason };
    const outcome = await this.client.send(coordinationModelCommandTypes, 'RetireCoordinationModel', payload, user, context.language);
    return { id: item.modelId, ...outcome };
  }
}
