import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { apiError } from '@tn/gateway-graphql-kit';
import { CommandResultView, freshIdOf, type GatewayContext, pageOf } from '@tn/gateway-core';
import { CAPACITY_RUBRIC_LEVELS, CAPACITY_SUBJECT_KINDS, capacityRubricCommandTypes } from '@tn/training-contracts';
import { TrainingClient } from '../core/training-client';
import { requireTrainingPermission, requireTrainingReader } from '../core/training-permissions';
import { requireFilterValue, requireVocabularyValue } from '../core/vocabulary';
import { assessmentsOf } from './assessments-directory';
import {
  type CapacityRubricCriterionInput,
  CapacityRubricPage,
  CapacityRubricView,
  type CapacityScaleInput,
  DefineCapacityRubricInput,
  ReviseCapacityRubricInput,
} from './capacity-rubric.models';
import type { CapacityRubricDoc } from './capacity-rubric.read-model';

export function capacityRubricView(doc: CapacityRubricDoc): CapacityRubricView {
  const current = doc.versions.find((version) => version.version === doc.currentVersion);
  // A rubric document always holds its current version (both come from the same events).
  if (!current) throw new Error(`rubric ${doc.rubricId} has no version ${doc.currentVersion}`);
  return {
    id: doc.rubricId,
    ownerUnitId: doc.ownerUnitId,
    subjectKind: doc.subjectKind,
    level: doc.level,
    currentVersion: doc.currentVersion,
    title: doc.title,
    current,
    versions: doc.versions,
    versionCount: doc.versionCount,
    definedBy: doc.definedBy,
    definedOn: doc.definedOn,
  };
}

/** A version's content as the command states it (the input's class instances copied to the contract's shape). */
export const rubricContentOf = (input: { title: string; scale: CapacityScaleInput; criteria: readonly CapacityRubricCriterionInput[] }) => ({
  title: input.title,
  scale: { min: input.scale.min, max: input.scale.max },
  criteria: input.criteria.map(({ criterionId, title, weight }) => ({ criterionId, title, weight })),
});

/** Capacity rubrics: guidance per level, readable by every training reader (like the catalogue); their owners' managers define and revise them. */
@Resolver(() => CapacityRubricView)
export class CapacityRubricsResolver {
  constructor(private readonly client: TrainingClient) {}

  @Query(() => CapacityRubricView, { nullable: true, description: 'A capacity rubric with every version (readable by every holder of training:read).' })
  async capacityRubric(@Context() context: GatewayContext, @Args('id', { type: () => ID }) id: string): Promise<CapacityRubricView | null> {
    requireTrainingReader(context);
    const doc = await assessmentsOf(context).rubric(id);
    return doc ? capacityRubricView(doc) : null;
  }

  @Query(() => CapacityRubricPage, { description: "Capacity rubrics, by title: an owner unit's, or every rubric written for a level (give one of the two)." })
  async capacityRubrics(
    @Context() context: GatewayContext,
    @Args('ownerUnitId', { type: () => ID, nullable: true }) ownerUnitId?: string,
    @Args('level', { nullable: true, description: 'central, province, commune or grassroots' }) level?: string,
    @Args('subjectKind', { nullable: true, description: 'unit or cadre' }) subjectKind?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<CapacityRubricPage> {
    requireTrainingReader(context);
    const { language } = context;
    const levelFilter = requireFilterValue(level, CAPACITY_RUBRIC_LEVELS, 'level', language, 'CAPACITY_RUBRIC.LEVEL_UNKNOWN');
    const kindFilter = requireFilterValue(subjectKind, CAPACITY_SUBJECT_KINDS, 'subjectKind', language, 'CAPACITY_RUBRIC.SUBJECT_KIND_UNKNOWN');
    // Every rubric read goes through an indexed equality: the owner or the level.
    if (!ownerUnitId && !levelFilter) throw apiError({ code: 'BAD_USER_INPUT', kind: 'validation', field: 'level' }, language);
    const filter = {
      ...(ownerUnitId ? { ownerUnitId } : {}),
      ...(levelFilter ? { level: levelFilter } : {}),
      ...(kindFilter ? { subjectKind: kindFilter } : {}),
    };
    const views = (await assessmentsOf(context).rubrics(filter)).map(capacityRubricView);
    return pageOf(views, (view) => [view.title, view.id], { first: first ?? null, after: after ?? null }, language);
  }

  @Mutation(() => CommandResultView, { description: 'Define a capacity rubric (version 1) owned by a unit.' })
  async defineCapacityRubric(@Context() context: GatewayContext, @Args('input') input: DefineCapacityRubricInput): Promise<CommandResultView> {
    const user = await requireTrainingPermission(context, 'training:write', input.ownerUnitId);
    const { language } = context;
    const rubricId = input.rubricId ?? freshIdOf(context);
    const payload = {
      rubricId,
      ownerUnitId: input.ownerUnitId,
      subjectKind: requireVocabularyValue(input.subjectKind, CAPACITY_SUBJECT_KINDS, 'subjectKind', language, 'CAPACITY_RUBRIC.SUBJECT_KIND_UNKNOWN'),
      level: requireVocabularyValue(input.level, CAPACITY_RUBRIC_LEVELS, 'level', language, 'CAPACITY_RUBRIC.LEVEL_UNKNOWN'),
      ...rubricContentOf(input),
    };
    const outcome = await this.client.send(capacityRubricCommandTypes, 'DefineCapacityRubric', payload, user, language);
    return { id: rubricId, ...outcome };
  }

  @Mutation(() => CommandResultView, {
    description: 'Revise a rubric: its next version (earlier versions and the assessments that used them stay as they are).',
  })
  async reviseCapacityRubric(@Context() context: GatewayContext, @Args('input') input: ReviseCapacityRubricInput): Promise<CommandResultView> {
    requireTrainingReader(context);
    const rubric = await assessmentsOf(context).rubric(input.rubricId);
    if (!rubric) throw apiError({ code: 'CAPACITY_RUBRIC.NOT_FOUND', kind: 'not-found', field: 'rubricId' }, context.language);
    const user = await requireTrainingPermission(context, 'training:write', rubric.ownerUnitId);
    const payload = { rubricId: rubric.rubricId, ...rubricContentOf(input) };
    const outcome = await this.client.send(capacityRubricCommandTypes, 'ReviseCapacityRubric', payload, user, context.language);
    return { id: rubric.rubricId, ...outcome };
  }
}
