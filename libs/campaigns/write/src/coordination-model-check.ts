import type { CoordinationModelFeedStatus } from '@tn/campaigns-contracts';
import { concurrencyError, validationError } from '@tn/campaigns-domain';

/** A model as this service's copy of training's catalogue has it: `none` when it has never heard of it. */
export type LookedUpModelStatus = CoordinationModelFeedStatus | 'none';

/** What the check reads of the copy (LocalCoordinationModels; a fixed one in tests). */
export interface CoordinationModelLookup {
  statusOf(modelId: string): Promise<LookedUpModelStatus>;
  /** Waits (briefly) until the copy has every event training has published for this model; false when it has not by then. */
  catchUp(modelId: string): Promise<boolean>;
}

/** The aggregate whose command names the model: its codes say which. */
export type ModelNamer = 'CAMPAIGN' | 'ACTIVITY';

/**
 * A command may name only a model training has published (ADR 0019): an unknown or draft one is
 * refused as `<namer>.COORDINATION_MODEL_UNKNOWN`, a retired one as `…_RETIRED`, each naming the
 * payload field. Only the command is checked, never what was recorded before: a campaign whose
 * model retires keeps it. A model not published here yet may only be on its way (published a
 * moment ago), so before saying "unknown" the check waits for the copy to catch up with the
 * model's partition of training's topic; still behind, it answers COORDINATION_MODELS.CATCHING_UP
 * (worth retrying). Retirement is final, so a retired model is refused at once. A blank id is
 * left to the decider (`CAMPAIGN.MODEL_REQUIRED`); no id, nothing to check.
 */
export async function requirePublishedModel(models: CoordinationModelLookup, modelId: string | undefined, namer: ModelNamer, field: string): Promise<void> {
  if (modelId === undefined || modelId.trim() === '') return;
  let status = await models.statusOf(modelId);
  if (status === 'published') return;
  if (status !== 'retired') {
    if (!(await models.catchUp(modelId))) {
      throw concurrencyError(
        'COORDINATION_MODELS.CATCHING_UP',
        'the catalogue of coordination models is still being brought up to date here; try again in a moment',
        {
          coordinationModelId: modelId,
        },
      );
    }
    status = await models.statusOf(modelId);
    if (status === 'published') return;
  }
  if (status === 'retired') {
    throw validationError(`${namer}.COORDINATION_MODEL_RETIRED`, field, `coordination model ${modelId} has been retired`, { coordinationModelId: modelId });
  }
  throw validationError(`${namer}.COORDINATION_MODEL_UNKNOWN`, field, `coordination model ${modelId} is not a published model of the catalogue`, {
    coordinationModelId: modelId,
  });
}
