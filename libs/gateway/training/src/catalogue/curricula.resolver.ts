import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandResultView, freshIdOf, type GatewayContext, pageOf } from '@tn/gateway-core';
import { CURRICULUM_STATUSES, CURRICULUM_TARGET_GROUPS, curriculumCommandTypes } from '@tn/training-contracts';
import { requireFilterValue, requireVocabularyValue } from '../core/vocabulary';
import { TrainingClient } from '../core/training-client';
import { requireTrainingPermission, requireTrainingReader } from '../core/training-permissions';
import { catalogueFilterOf } from './catalogue-filters';
import { catalogueOf } from './catalogue-directory';
import { requireWritableItem } from './catalogue-items';
import {
  CurriculumPage,
  type CurriculumModuleInput,
  CurriculumView,
  DefineCurriculumInput,
  RetireCurriculumInput,
  ReviseCurriculumInput,
} from './curriculum.models';
import type { CurriculumDoc } from './curriculum.read-model';

export function curriculumView(doc: CurriculumDoc): CurriculumView {
  return {
    id: doc.curriculumId,
    title: doc.title,
    targetGroup: doc.targetGroup,
    ownerUnitId: doc.ownerUnitId,
    status: doc.status,
    revision: doc.revision,
    modules: doc.modules,
    moduleCount: doc.moduleCount,
    totalHours: doc.totalHours,
    revisions: doc.revisions,
    definedBy: doc.definedBy,
    definedOn: doc.definedOn,
    retiredBy: doc.retiredBy ?? null,
    retiredOn: doc.retiredOn ?? null,
    retireReason: doc.retireReason ?? null,
  };
}

/** A module as the command states it (the input's class instance copied to the contract's shape). */
export const modulePartOf = ({ moduleId, title, hours, outcomes }: CurriculumModuleInput) => ({ moduleId, title, hours, outcomes: [...outcomes] });

/** Curricula: the national catalogue (any training reader), and the commands of their owners' managers. */
@Resolver(() => CurriculumView)
export class CurriculaResolver {
  constructor(private readonly client: TrainingClient) {}

  @Query(() => CurriculumView, { nullable: true, description: 'A curriculum of the national catalogue (readable by every holder of training:read).' })
  async curriculum(@Context() context: GatewayContext, @Args('id', { type: () => ID }) id: string): Promise<CurriculumView | null> {
    requireTrainingReader(context);
    const doc = await catalogueOf(context).curriculum(id);
    return doc ? curriculumView(doc) : null;
  }

  @Query(() => CurriculumPage, {
    description:
      "Curricula of the national catalogue, by title: an owner unit's (any status unless one is given), or else every curriculum of a status (published unless another is given).",
  })
  async curricula(
    @Context() context: GatewayContext,
    @Args('ownerUnitId', { type: () => ID, nullable: true }) ownerUnitId?: string,
    @Args('status', { nullable: true, description: 'published or retired' }) status?: string,
    @Args('targetGroup', { nullable: true }) targetGroup?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<CurriculumPage> {
    requireTrainingReader(context);
    const filter = catalogueFilterOf({ ownerUnitId }, requireFilterValue(status, CURRICULUM_STATUSES, 'status', context.language), 'published', {
      targetGroup: requireFilterValue(targetGroup, CURRICULUM_TARGET_GROUPS, 'targetGroup', context.language, 'CATALOGUE.TARGET_GROUP_UNKNOWN'),
    });
    const views = (await catalogueOf(context).curricula(filter)).map(curriculumView);
    return pageOf(views, (view) => [view.title, view.id], { first: first ?? null, after: after ?? null }, context.language);
  }

  @Mutation(() => CommandResultView, { description: 'Define a curriculum (revision 1, published) owned by a unit.' })
  async defineCurriculum(@Context() context: GatewayContext, @Args('input') input: DefineCurriculumInput): Promise<CommandResultView> {
    const user = await requireTrainingPermission(context, 'training:write', input.ownerUnitId);
    const curriculumId = input.curriculumId ?? freshIdOf(context);
    const targetGroup = requireVocabularyValue(input.targetGroup, CURRICULUM_TARGET_GROUPS, 'targetGroup', context.language, 'CATALOGUE.TARGET_GROUP_UNKNOWN');
    const payload = { curriculumId, title: input.title, targetGroup, ownerUnitId: input.ownerUnitId, modules: input.modules.map(modulePartOf) };
    const outcome = await this.client.send(curriculumCommandTypes, 'DefineCurriculum', payload, user, context.language);
    return { id: curriculumId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Replace the title and modules: the next revision (not of a retired curriculum).' })
  async reviseCurriculum(@Context() context: GatewayContext, @Args('input') input: ReviseCurriculumInput): Promise<CommandResultView> {
    const { item, user } = await requireWritableItem(context, catalogueOf(context).curriculum(input.curriculumId), {
      code: 'CURRICULUM.NOT_FOUND',
      field: 'curriculumId',
    });
    const payload = { curriculumId: item.curriculumId, title: input.title, modules: input.modules.map(modulePartOf) };
    const outcome = await this.client.send(curriculumCommandTypes, 'ReviseCurriculum', payload, user, context.language);
    return { id: item.curriculumId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Retire a curriculum: it takes no new course, material or coordination model.' })
  async retireCurriculum(@Context() context: GatewayContext, @Args('input') input: RetireCurriculumInput): Promise<CommandResultView> {
    const { item, user } = await requireWritableItem(context, catalogueOf(context).curriculum(input.curriculumId), {
      code: 'CURRICULUM.NOT_FOUND',
      field: 'curriculumId',
    });
    const payload = { curriculumId: item.curriculumId, ...(input.reason ? { reason: input.reason } : {}) };
    const outcome = await this.client.send(curriculumCommandTypes, 'RetireCurriculum', payload, user, context.language);
    return { id: item.curriculumId, ...outcome };
  }
}
