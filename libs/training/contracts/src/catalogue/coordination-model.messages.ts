import { commandType, eventType, IsIsoDate, IsNonEmptyText, streamIdOf } from '@tn/shared-event-contracts';
import { Equals, IsIn, IsString } from 'class-validator';
import { onCatalogueItem, ownedBy } from './catalogue-rights';
import { COORDINATION_MODEL_STATUSES, type CoordinationModelStatus } from './catalogue-vocabulary';

/**
 * The coordination-model catalogue (the K3 list; one stream per model): named models of managing
 * and coordinating volunteer work, each taught by a curriculum, draft → published → retired.
 *
 * Other services keep a local copy fed by these events (campaigns refuses an unknown or retired
 * model), so every event is self-contained: it carries the model's id, name, curriculum, owner,
 * its status after the event and the date, and a reader needs no earlier event to apply it.
 */

export const COORDINATION_MODEL_STREAM_TYPE = 'coordination-model';
export const coordinationModelStreamId = (modelId: string) => streamIdOf(COORDINATION_MODEL_STREAM_TYPE, modelId);

// ---- commands ------------------------------------------------------------------------------

/** `curriculumId` is the curriculum that teaches the model: it exists and is not retired (looked up). */
export class DraftCoordinationModel {
  @IsString() modelId!: string;
  @IsString() name!: string;
  @IsString() description!: string;
  @IsString() curriculumId!: string;
  @IsString() ownerUnitId!: string;
}
/** While draft or published; the whole new content (a new curriculum is looked up as on drafting). */
export class ReviseCoordinationModel {
  @IsString() modelId!: string;
  @IsString() name!: string;
  @IsString() description!: string;
  @IsString() curriculumId!: string;
}
/** Published by the acting user, today; its curriculum must still be in use (looked up). */
export class PublishCoordinationModel {
  @IsString() modelId!: string;
}
export class RetireCoordinationModel {
  @IsString() modelId!: string;
  @IsString() reason!: string;
}

const onItsModel = {
  streamId: (p: { modelId: string }) => coordinationModelStreamId(p.modelId),
  rights: (p: { modelId: string }) => onCatalogueItem('coordination-model', p.modelId),
};

export const coordinationModelCommandTypes = [
  commandType('DraftCoordinationModel', DraftCoordinationModel, {
    streamId: (p) => coordinationModelStreamId(p.modelId),
    rights: (p) => ownedBy(p.ownerUnitId),
  }),
  commandType('ReviseCoordinationModel', ReviseCoordinationModel, onItsModel),
  commandType('PublishCoordinationModel', PublishCoordinationModel, onItsModel),
  commandType('RetireCoordinationModel', RetireCoordinationModel, onItsModel),
] as const;

// ---- events --------------------------------------------------------------------------------

/** What every model event says about the model: enough to keep a copy from any one event. */
class CoordinationModelFacts {
  @IsNonEmptyText() modelId!: string;
  @IsNonEmptyText() name!: string;
  @IsNonEmptyText() curriculumId!: string;
  @IsNonEmptyText() ownerUnitId!: string;
}

export class CoordinationModelDrafted extends CoordinationModelFacts {
  @IsString() description!: string;
  @Equals('draft') status!: 'draft';
  @IsNonEmptyText() draftedBy!: string;
  @IsIsoDate() draftedOn!: string;
}
/** `status` is unchanged by a revision (draft or published); stated so a copy needs nothing else. */
export class CoordinationModelRevised extends CoordinationModelFacts {
  @IsString() description!: string;
  @IsIn(COORDINATION_MODEL_STATUSES) status!: CoordinationModelStatus;
  @IsNonEmptyText() revisedBy!: string;
  @IsIsoDate() revisedOn!: string;
}
export class CoordinationModelPublished extends CoordinationModelFacts {
  @Equals('published') status!: 'published';
  @IsNonEmptyText() publishedBy!: string;
  @IsIsoDate() publishedOn!: string;
}
export class CoordinationModelRetired extends CoordinationModelFacts {
  @Equals('retired') status!: 'retired';
  @IsNonEmptyText() reason!: string;
  @IsNonEmptyText() retiredBy!: string;
  @IsIsoDate() retiredOn!: string;
}

export const coordinationModelEventTypes = [
  eventType('CoordinationModelDrafted', CoordinationModelDrafted),
  eventType('CoordinationModelRevised', CoordinationModelRevised),
  eventType('CoordinationModelPublished', CoordinationModelPublished),
  eventType('CoordinationModelRetired', CoordinationModelRetired),
] as const;
