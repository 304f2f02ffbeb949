import { DomainError } from '@tn/shared-decider';
import { requirePublishedModel } from './coordination-model-check';
import { failureOf, fixedModels } from './routes.test-fixtures';

const FIELD = 'definition.coordinationModelId';

describe('requirePublishedModel', () => {
  it('passes a published model without waiting for the copy', async () => {
    const models = fixedModels({ 'model-7': 'published' });
    await requirePublishedModel(models, 'model-7', 'CAMPAIGN', FIELD);
    expect(models.catchUps).toEqual([]);
  });

  it('passes a command that names no model, and leaves a blank id to the decider', async () => {
    const models = fixedModels();
    await requirePublishedModel(models, undefined, 'CAMPAIGN', FIELD);
    await requirePublishedModel(models, '  ', 'CAMPAIGN', FIELD);
    expect(models.catchUps).toEqual([]);
  });

  it('refuses a retired model at once (retirement is final), naming the field and the model', async () => {
    const models = fixedModels({ 'model-old': 'retired' });
    const error = await failureOf(() => requirePublishedModel(models, 'model-old', 'ACTIVITY', 'profile.coordinationModelId'));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      kind: 'validation',
      code: 'ACTIVITY.COORDINATION_MODEL_RETIRED',
      field: 'profile.coordinationModelId',
      details: { coordinationModelId: 'model-old' },
    });
    expect(models.catchUps).toEqual([]);
  });

  it('refuses an unknown or a draft model as unknown once the copy has caught up', async () => {
    const models = fixedModels({ 'model-draft': 'draft' });
    for (const modelId of ['model-nowhere', 'model-draft']) {
      expect(await failureOf(() => requirePublishedModel(models, modelId, 'CAMPAIGN', FIELD))).toMatchObject({
        kind: 'validation',
        code: 'CAMPAIGN.COORDINATION_MODEL_UNKNOWN',
        field: FIELD,
        details: { coordinationModelId: modelId },
      });
    }
    expect(models.catchUps).toEqual(['model-nowhere', 'model-draft']);
  });

  it('accepts a model published a moment ago, once the copy has caught up with it', async () => {
    const models = fixedModels({ 'model-new': 'draft' }, { arriving: { 'model-new': 'published' } });
    await requirePublishedModel(models, 'model-new', 'CAMPAIGN', FIELD);
    expect(models.catchUps).toEqual(['model-new']);
  });

  it('says "retired" when the catch-up brings the model\'s retirement', async () => {
    const models = fixedModels({}, { arriving: { 'model-brief': 'retired' } });
    expect(await failureOf(() => requirePublishedModel(models, 'model-brief', 'CAMPAIGN', FIELD))).toMatchObject({
      code: 'CAMPAIGN.COORDINATION_MODEL_RETIRED',
    });
  });

  it('answers "catching up" (worth retrying) rather than "unknown" while the copy is behind', async () => {
    const models = fixedModels({}, { caughtUp: false });
    expect(await failureOf(() => requirePublishedModel(models, 'model-7', 'CAMPAIGN', FIELD))).toMatchObject({
      kind: 'concurrency',
      code: 'COORDINATION_MODELS.CATCHING_UP',
      details: { coordinationModelId: 'model-7' },
    });
  });
});
