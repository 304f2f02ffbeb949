import type { CoordinationModelCopy } from '@tn/campaigns-contracts';
import { LocalCoordinationModels } from './local-coordination-models';

const copy = (modelId: string, status: CoordinationModelCopy['status']): CoordinationModelCopy => ({ modelId, name: modelId, status, changedOn: '2026-11-01' });

/** A source answering from a map, with a lag per stream that a test moves; records the lag probes. */
function memorySource(models: Record<string, CoordinationModelCopy>, lagOf: (streamId?: string) => number) {
  const probes: (string | undefined)[] = [];
  return {
    probes,
    modelOf: async (modelId: string) => models[modelId],
    lag: async (streamId?: string) => {
      probes.push(streamId);
      return lagOf(streamId);
    },
  };
}

describe('LocalCoordinationModels', () => {
  it("answers a model's status from its projected document, 'none' for one never projected", async () => {
    const models = new LocalCoordinationModels();
    models.attach(memorySource({ 'model-7': copy('model-7', 'published'), 'model-old': copy('model-old', 'retired') }, () => 0));
    expect(await models.statusOf('model-7')).toBe('published');
    expect(await models.statusOf('model-old')).toBe('retired');
    expect(await models.statusOf('model-9')).toBe('none');
  });

  it("waits on the lag of the model's own stream partition until the projector has caught up", async () => {
    let lag = 3;
    const stored: Record<string, CoordinationModelCopy> = {};
    const source = memorySource(stored, () => {
      if (lag > 0 && --lag === 0) stored['model-new'] = copy('model-new', 'published');
      return lag;
    });
    const models = new LocalCoordinationModels();
    models.attach(source);
    expect(await models.catchUp('model-new', 1000, 1)).toBe(true);
    expect(await models.statusOf('model-new')).toBe('published');
    expect(new Set(source.probes)).toEqual(new Set(['coordination-model-model-new']));
  });

  it('gives up after the wait while the projector stays behind, or while Kafka does not answer', async () => {
    const behind = new LocalCoordinationModels();
    behind.attach(memorySource({}, () => 5));
    expect(await behind.catchUp('model-7', 20, 1)).toBe(false);

    const unreachable = new LocalCoordinationModels();
    unreachable.attach({
      modelOf: async () => undefined,
      lag: async () => {
        throw new Error('Kafka unreachable');
      },
    });
    expect(await unreachable.catchUp('model-7', 20, 1)).toBe(false);
  });

  it('reports ready once it has caught up with the whole training topic, and stays so', async () => {
    let lag = 2;
    const source = memorySource({}, () => lag);
    const models = new LocalCoordinationModels();
    models.attach(source);
    expect(await models.readiness()).toEqual({ up: false, detail: 'catching up with the training catalogue' });
    lag = 0;
    expect(await models.readiness()).toEqual({ up: true, detail: 'caught up with training' });
    lag = 9; // training busy since: the copy is still usable (commands wait on their model's partition)
    expect(await models.readiness()).toEqual({ up: true, detail: 'caught up with training' });
    expect(source.probes).toEqual([undefined, undefined]);
  });

  it('refuses to answer before its source is attached', async () => {
    await expect(new LocalCoordinationModels().statusOf('model-7')).rejects.toThrow('before its source was attached');
  });
});
