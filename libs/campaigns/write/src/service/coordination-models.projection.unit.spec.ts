import { applyEvent } from '@tn/shared-event-bus';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import { coordinationModelsProjectionOf } from './coordination-models.projection';

const projection = coordinationModelsProjectionOf('campaigns-coordination-models', 'campaigns_coordination_models_v1');

let version = 0;
const envelopeOf = (type: string, data: Record<string, unknown>, overrides: Partial<EventEnvelope> = {}): EventEnvelope => ({
  eventId: `e-${++version}`,
  type,
  schemaVersion: 1,
  streamId: `coordination-model-${String(data['modelId'])}`,
  streamType: 'coordination-model',
  streamVersion: version,
  position: version,
  occurredAt: '2026-11-01T00:00:00.000Z',
  recordedAt: '2026-11-01T00:00:00.000Z',
  actor: { kind: 'account', id: 'acc-publisher' },
  correlationId: 'k',
  causationId: 'c',
  data,
  ...overrides,
});
// As training writes them: every event states the whole model (and more than campaigns reads).
const facts = { modelId: 'model-3-forces', name: 'Mô hình "3 lực lượng"', curriculumId: 'cur-1', ownerUnitId: 'lao-cai' };
const drafted = () => envelopeOf('CoordinationModelDrafted', { ...facts, description: 'd', status: 'draft', draftedBy: 'acc-1', draftedOn: '2026-10-01' });
const published = () => envelopeOf('CoordinationModelPublished', { ...facts, status: 'published', publishedBy: 'acc-1', publishedOn: '2026-10-05' });
const retired = () => envelopeOf('CoordinationModelRetired', { ...facts, status: 'retired', reason: 'r', retiredBy: 'acc-1', retiredOn: '2026-12-01' });

/** A collection of one document per id, with the projector's own apply (version bookkeeping, guards). */
function memoryCollection() {
  const docs = new Map<string, Record<string, unknown>>();
  const collection = {
    collectionName: 'campaigns_coordination_models_v1',
    findOne: async (filter: { _id: string }) => docs.get(filter._id) ?? null,
    insertOne: async (doc: Record<string, unknown>) => void docs.set(String(doc['_id']), doc),
    replaceOne: async (filter: { _id: string }, doc: Record<string, unknown>) => {
      docs.set(filter._id, { ...doc, _id: filter._id });
      return { matchedCount: 1 };
    },
  };
  const connection = { collection: () => ({ findOne: async () => null, insertOne: async () => undefined, deleteOne: async () => undefined }) };
  const apply = (envelope: EventEnvelope) => applyEvent(connection as never, collection as never, projection, envelope, undefined);
  const model = (id: string) => {
    const doc = docs.get(id);
    if (!doc) return undefined;
    const { _id, _versions, ...copy } = doc;
    return copy;
  };
  return { apply, model };
}

describe('the coordination-models projection', () => {
  it("keeps one document per model with its name, status and the day of the change, nothing else of training's events", async () => {
    const { apply, model } = memoryCollection();
    await apply(drafted());
    expect(model('model-3-forces')).toEqual({ modelId: 'model-3-forces', name: facts.name, status: 'draft', changedOn: '2026-10-01' });
    await apply(published());
    expect(model('model-3-forces')).toEqual({ modelId: 'model-3-forces', name: facts.name, status: 'published', changedOn: '2026-10-05' });
  });

  it('takes the newest event alone (each is self-contained) and skips an older one arriving late', async () => {
    const { apply, model } = memoryCollection();
    const [first, second, third] = [drafted(), published(), retired()];
    expect(await apply(third)).toBe('applied');
    expect(model('model-3-forces')).toMatchObject({ status: 'retired', changedOn: '2026-12-01' });
    expect(await apply(second)).toBe('skipped');
    expect(await apply(first)).toBe('skipped');
    expect(model('model-3-forces')).toMatchObject({ status: 'retired' });
  });

  it("handles only the model events, keyed by model, and only from the model's own stream", () => {
    expect([...projection.handles].sort()).toEqual([
      'CoordinationModelDrafted',
      'CoordinationModelPublished',
      'CoordinationModelRetired',
      'CoordinationModelRevised',
    ]);
    expect(projection.documentId(published())).toBe('model-3-forces');
    expect(projection.documentId({ ...published(), streamId: 'curriculum-cur-1' })).toBeUndefined();
  });

  it('refuses (dead-letters) an event it cannot read rather than keep a wrong copy', async () => {
    const { apply } = memoryCollection();
    await expect(apply({ ...published(), schemaVersion: 2 })).rejects.toThrow('not understood here');
    await expect(apply(envelopeOf('CoordinationModelPublished', { ...facts, status: 'approved', publishedOn: '2026-10-05' }))).rejects.toThrow(
      'unknown status',
    );
    await expect(apply(envelopeOf('CoordinationModelRetired', { ...facts, status: 'retired' }))).rejects.toThrow('retiredOn');
  });
});
