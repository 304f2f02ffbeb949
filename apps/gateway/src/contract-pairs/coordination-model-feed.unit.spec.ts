import {
  COORDINATION_MODEL_FEED_EVENT_TYPES,
  COORDINATION_MODEL_FEED_STATUSES,
  COORDINATION_MODEL_SOURCE_CONTEXT,
  COORDINATION_MODEL_SOURCE_STREAM_TYPE,
  coordinationModelCopyOf,
  type CoordinationModelFeedEvent,
  coordinationModelSourceStreamId,
} from '@tn/campaigns-contracts';
import { checkMessage, type EventsOf } from '@tn/shared-event-contracts';
import {
  COORDINATION_MODEL_STATUSES,
  COORDINATION_MODEL_STREAM_TYPE,
  coordinationModelEventTypes,
  coordinationModelStreamId,
  TRAINING_CONTEXT,
} from '@tn/training-contracts';

/**
 * Training publishes the coordination-model events; campaigns reads them into its local copy of
 * the catalogue through its own declaration of what it reads (ADR 0019), since a context may not
 * import another's contracts. The gateway may see every context's contracts, so the two halves
 * are held together here: a rename, a dropped field or a new status on either side fails this
 * spec (most of it at compile time), before a campaign is refused over a model that exists.
 */

type TrainingModelEvent = EventsOf<typeof coordinationModelEventTypes>;
/** Whether two types are the same (each assignable to the other). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Whether every event of each type training publishes carries what campaigns reads of that type. */
type CarriesWhatIsRead<Published extends { type: string; data: object }, Read extends { type: string; data: object }> = {
  [Type in Read['type']]: [Extract<Published, { type: Type }>['data']] extends [Extract<Read, { type: Type }>['data']] ? true : false;
}[Read['type']];

// An event of each type as training's schema accepts it (typed by training's contracts, checked by its schema below).
const facts = { modelId: 'model-3-forces', name: 'Mô hình phối hợp "3 lực lượng"', curriculumId: 'cur-tot', ownerUnitId: 'lao-cai' };
const published: { [Type in TrainingModelEvent['type']]: Extract<TrainingModelEvent, { type: Type }>['data'] } = {
  CoordinationModelDrafted: { ...facts, description: 'Đoàn viên, dân quân, học sinh', status: 'draft', draftedBy: 'acc-1', draftedOn: '2026-10-01' },
  CoordinationModelRevised: { ...facts, description: 'Bản sửa', status: 'published', revisedBy: 'acc-1', revisedOn: '2026-10-20' },
  CoordinationModelPublished: { ...facts, status: 'published', publishedBy: 'acc-2', publishedOn: '2026-10-05' },
  CoordinationModelRetired: { ...facts, status: 'retired', reason: 'Thay bằng mô hình mới', retiredBy: 'acc-2', retiredOn: '2026-12-01' },
};
const changedOn: Record<TrainingModelEvent['type'], string> = {
  CoordinationModelDrafted: '2026-10-01',
  CoordinationModelRevised: '2026-10-20',
  CoordinationModelPublished: '2026-10-05',
  CoordinationModelRetired: '2026-12-01',
};

describe("campaigns' reading of training's coordination-model events", () => {
  it('names the same event types, statuses, stream and topic as training publishes', () => {
    const sameTypes: Same<TrainingModelEvent['type'], CoordinationModelFeedEvent['type']> = true;
    const sameStatuses: Same<(typeof COORDINATION_MODEL_STATUSES)[number], (typeof COORDINATION_MODEL_FEED_STATUSES)[number]> = true;
    expect([sameTypes, sameStatuses]).toEqual([true, true]);
    expect([...COORDINATION_MODEL_FEED_EVENT_TYPES].sort()).toEqual(coordinationModelEventTypes.map((definition) => definition.type).sort());
    expect([...COORDINATION_MODEL_FEED_STATUSES].sort()).toEqual([...COORDINATION_MODEL_STATUSES].sort());
    expect(COORDINATION_MODEL_SOURCE_CONTEXT).toBe(TRAINING_CONTEXT);
    expect(COORDINATION_MODEL_SOURCE_STREAM_TYPE).toBe(COORDINATION_MODEL_STREAM_TYPE);
    expect(coordinationModelSourceStreamId('model-3-forces')).toBe(coordinationModelStreamId('model-3-forces'));
  });

  it('finds in every training event the fields it reads, with their types', () => {
    const carries: Same<CarriesWhatIsRead<TrainingModelEvent, CoordinationModelFeedEvent>, true> = true;
    expect(carries).toBe(true);
  });

  it("reads each event as training's schema accepts it into the model's copy", () => {
    for (const definition of coordinationModelEventTypes) {
      const data = published[definition.type];
      expect(checkMessage(definition.data, data)).toEqual([]);
      expect(coordinationModelCopyOf({ type: definition.type, data: { ...data } })).toEqual({
        modelId: facts.modelId,
        name: facts.name,
        status: data.status,
        changedOn: changedOn[definition.type],
      });
    }
  });

  it('reads the schema version training writes (a new version is dead-lettered by the copy until campaigns learns it)', () => {
    expect(coordinationModelEventTypes.map((definition) => [definition.type, definition.version])).toEqual(
      coordinationModelEventTypes.map((definition) => [definition.type, 1]),
    );
  });
});
