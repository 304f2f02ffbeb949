import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandResultView, freshIdOf, type GatewayContext, pageOf } from '@tn/gateway-core';
import { CURRICULUM_TARGET_GROUPS, MATERIAL_KINDS, MATERIAL_STATUSES, materialCommandTypes } from '@tn/training-contracts';
import { TrainingClient } from '../core/training-client';
import { requireTrainingPermission, requireTrainingReader } from '../core/training-permissions';
import { requireFilterValue, requireVocabularyValue } from '../core/vocabulary';
import { catalogueFilterOf } from './catalogue-filters';
import { catalogueOf } from './catalogue-directory';
import { requireWritableItem } from './catalogue-items';
import {
  AddMaterialVersionInput,
  ApproveMaterialVersionInput,
  RegisterMaterialInput,
  RetireMaterialInput,
  TrainingMaterialPage,
  TrainingMaterialView,
} from './material.models';
import type { MaterialDoc } from './material.read-model';

export function materialView(doc: MaterialDoc): TrainingMaterialView {
  return {
    id: doc.materialId,
    title: doc.title,
    kind: doc.kind,
    curriculumId: doc.curriculumId ?? null,
    targetGroups: doc.targetGroups,
    ownerUnitId: doc.ownerUnitId,
    status: doc.status,
    versions: doc.versions.map((version) => ({
      version: version.version,
      url: version.url,
      sha256: version.sha256,
      note: version.note,
      addedBy: version.addedBy,
      addedOn: version.addedOn,
      approved: version.approvedOn !== undefined,
      approvedBy: version.approvedBy ?? null,
      approvedOn: version.approvedOn ?? null,
    })),
    versionCount: doc.versionCount,
    approvedVersionCount: doc.approvedVersionCount,
    latestApprovedVersion: doc.latestApprovedVersion ?? null,
    registeredBy: doc.registeredBy,
    registeredOn: doc.registeredOn,
    retiredBy: doc.retiredBy ?? null,
    retiredOn: doc.retiredOn ?? null,
    retireReason: doc.retireReason ?? null,
  };
}

const MATERIAL_NOT_FOUND = { code: 'MATERIAL.NOT_FOUND', field: 'materialId' } as const;

/** Materials and handbooks with their versions: the national catalogue, and the commands of their owners' managers. */
@Resolver(() => TrainingMaterialView)
export class MaterialsResolver {
  constructor(private readonly client: TrainingClient) {}

  @Query(() => TrainingMaterialView, { nullable: true, description: 'A material with every version (readable by every holder of training:read).' })
  async trainingMaterial(@Context() context: GatewayContext, @Args('id', { type: () => ID }) id: string): Promise<TrainingMaterialView | null> {
    requireTrainingReader(context);
    const doc = await catalogueOf(context).material(id);
    return doc ? materialView(doc) : null;
  }

  @Query(() => TrainingMaterialPage, {
    description:
      "Materials of the national catalogue, by title: an owner unit's or a curriculum's (any status unless one is given), or else every material of a status (registered unless another is given).",
  })
  async trainingMaterials(
    @Context() context: GatewayContext,
    @Args('ownerUnitId', { type: () => ID, nullable: true }) ownerUnitId?: string,
    @Args('curriculumId', { type: () => ID, nullable: true }) curriculumId?: string,
    @Args('status', { nullable: true, description: 'registered or retired' }) status?: string,
    @Args('kind', { nullable: true }) kind?: string,
    @Args('targetGroup', { nullable: true, description: 'Materials written for this target group (among others).' }) targetGroup?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<TrainingMaterialPage> {
    requireTrainingReader(context);
    const { language } = context;
    const filter = catalogueFilterOf({ ownerUnitId, curriculumId }, requireFilterValue(status, MATERIAL_STATUSES, 'status', language), 'registered', {
      kind: requireFilterValue(kind, MATERIAL_KINDS, 'kind', language, 'MATERIAL.KIND_UNKNOWN'),
      // An equality on the array field: the materials whose target groups include it.
      targetGroups: requireFilterValue(targetGroup, CURRICULUM_TARGET_GROUPS, 'targetGroup', language, 'CATALOGUE.TARGET_GROUP_UNKNOWN'),
    });
    const views = (await catalogueOf(context).materials(filter)).map(materialView);
    return pageOf(views, (view) => [view.title, view.id], { first: first ?? null, after: after ?? null }, language);
  }

  @Mutation(() => CommandResultView, { description: 'Register a material (its versions are added next).' })
  async registerMaterial(@Context() context: GatewayContext, @Args('input') input: RegisterMaterialInput): Promise<CommandResultView> {
    const user = await requireTrainingPermission(context, 'training:write', input.ownerUnitId);
    const { language } = context;
    const materialId = input.materialId ?? freshIdOf(context);
    const payload = {
      materialId,
      title: input.title,
      kind: requireVocabularyValue(input.kind, MATERIAL_KINDS, 'kind', language, 'MATERIAL.KIND_UNKNOWN'),
      ...(input.curriculumId ? { curriculumId: input.curriculumId } : {}),
      targetGroups: input.targetGroups.map((group, index) =>
        requireVocabularyValue(group, CURRICULUM_TARGET_GROUPS, `targetGroups.${index}`, language, 'CATALOGUE.TARGET_GROUP_UNKNOWN'),
      ),
      ownerUnitId: input.ownerUnitId,
    };
    const outcome = await this.client.send(materialCommandTypes, 'RegisterMaterial', payload, user, language);
    return { id: materialId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Add the next version of a material (versions never change afterwards).' })
  async addMaterialVersion(@Context() context: GatewayContext, @Args('input') input: AddMaterialVersionInput): Promise<CommandResultView> {
    const { item, user } = await requireWritableItem(context, catalogueOf(context).material(input.materialId), MATERIAL_NOT_FOUND);
    const { version, url, sha256, note } = input;
    const payload = { materialId: item.materialId, version, url, sha256, note };
    const outcome = await this.client.send(materialCommandTypes, 'AddMaterialVersion', payload, user, context.language);
    return { id: item.materialId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Approve a version of a material: by the signed-in account, today.' })
  async approveMaterialVersion(@Context() context: GatewayContext, @Args('input') input: ApproveMaterialVersionInput): Promise<CommandResultView> {
    const { item, user } = await requireWritableItem(context, catalogueOf(context).material(input.materialId), MATERIAL_NOT_FOUND);
    const payload = { materialId: item.materialId, version: input.version };
    const outcome = await this.client.send(materialCommandTypes, 'ApproveMaterialVersion', payload, user, context.language);
    return { id: item.materialId, ...outcome };
  }

  @Mutation(() => CommandResultView, { description: 'Retire a material: no new course takes it (the courses that taught it keep their versions).' })
  async retireMaterial(@Context() context: GatewayContext, @Args('input') input: RetireMaterialInput): Promise<CommandResultView> {
    const { item, user } = await requireWritableItem(context, catalogueOf(context).material(input.materialId), MATERIAL_NOT_FOUND);
    const payload = { materialId: item.materialId, ...(input.reason ? { reason: input.reason } : {}) };
    const outcome = await this.client.send(materialCommandTypes, 'RetireMaterial', payload, user, context.language);
    return { id: item.materialId, ...outcome };
  }
}
