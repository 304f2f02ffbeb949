import { fold, given } from '@tn/shared-decider';
import type {
  CoordinationModelCommand,
  DraftCoordinationModelCommand,
  PublishCoordinationModelCommand,
  RetireCoordinationModelCommand,
  ReviseCoordinationModelCommand,
} from './coordination-model.commands';
import { coordinationModelDecider } from './coordination-model.decide';
import { type CoordinationModelEvent, coordinationModelStreamId } from './coordination-model.events';

const inUse = { status: 'published' } as const;
const draft: DraftCoordinationModelCommand = {
  type: 'DraftCoordinationModel',
  modelId: 'model-1',
  name: 'Mô hình điều phối liên xã',
  description: 'Các xã cùng lập một ban điều phối tình nguyện.',
  curriculumId: 'cur-1',
  ownerUnitId: 'unit-lao-cai',
  curriculum: inUse,
  today: '2026-03-02',
  actorId: 'acc-author',
};
const facts = { modelId: 'model-1', name: 'Mô hình điều phối liên xã', curriculumId: 'cur-1', ownerUnitId: 'unit-lao-cai' };
const description = 'Các xã cùng lập một ban điều phối tình nguyện.';
const drafted: CoordinationModelEvent = {
  type: 'CoordinationModelDrafted',
  data: { ...facts, description, status: 'draft', draftedBy: 'acc-author', draftedOn: '2026-03-02' },
};
const revise = (overrides: Partial<ReviseCoordinationModelCommand> = {}): ReviseCoordinationModelCommand => ({
  type: 'ReviseCoordinationModel',
  modelId: 'model-1',
  name: 'Mô hình điều phối liên xã (sửa)',
  description,
  curriculumId: 'cur-1',
  curriculum: inUse,
  today: '2026-03-10',
  actorId: 'acc-author',
  ...overrides,
});
const publish: PublishCoordinationModelCommand = {
  type: 'PublishCoordinationModel',
  modelId: 'model-1',
  curriculum: inUse,
  today: '2026-04-01',
  actorId: 'acc-publisher',
};
const published: CoordinationModelEvent = {
  type: 'CoordinationModelPublished',
  data: { ...facts, status: 'published', publishedBy: 'acc-publisher', publishedOn: '2026-04-01' },
};
const retire: RetireCoordinationModelCommand = {
  type: 'RetireCoordinationModel',
  modelId: 'model-1',
  reason: 'Gộp vào mô hình cấp tỉnh',
  today: '2026-12-01',
  actorId: 'acc-publisher',
};
const retired: CoordinationModelEvent = {
  type: 'CoordinationModelRetired',
  data: { ...facts, status: 'retired', reason: 'Gộp vào mô hình cấp tỉnh', retiredBy: 'acc-publisher', retiredOn: '2026-12-01' },
};

describe('coordination model', () => {
  describe('drafting', () => {
    it('drafts a model taught by a curriculum in use', () => {
      given(coordinationModelDecider).when(draft).then([drafted]);
      expect(coordinationModelStreamId('model-1')).toBe('coordination-model-model-1');
    });

    it('refuses a curriculum that does not exist', () => {
      const error = given(coordinationModelDecider)
        .when({ ...draft, curriculum: { status: 'none' } })
        .thenFails('CURRICULUM.NOT_FOUND');
      expect(error.details).toEqual({ curriculumId: 'cur-1' });
    });

    it('refuses a retired curriculum for a new model', () => {
      const error = given(coordinationModelDecider)
        .when({ ...draft, curriculum: { status: 'retired' } })
        .thenFails('CURRICULUM.RETIRED');
      expect(error.field).toBe('curriculumId');
    });

    it('refuses a model id already taken', () => {
      given(coordinationModelDecider, [drafted]).when(draft).thenFails('COORDINATION_MODEL.ALREADY_EXISTS');
    });

    it('refuses a blank name or description, naming the field', () => {
      expect(
        given(coordinationModelDecider)
          .when({ ...draft, name: ' ' })
          .thenFails('CATALOGUE.TEXT_REQUIRED').field,
      ).toBe('name');
      expect(
        given(coordinationModelDecider)
          .when({ ...draft, description: '' })
          .thenFails('CATALOGUE.TEXT_REQUIRED').field,
      ).toBe('description');
    });

    it('refuses an act with no valid date or no actor', () => {
      given(coordinationModelDecider)
        .when({ ...draft, today: '' })
        .thenFails('CATALOGUE.DATE_INVALID');
      given(coordinationModelDecider)
        .when({ ...draft, actorId: undefined as never })
        .thenFails('CATALOGUE.ACTOR_REQUIRED');
    });
  });

  describe('revising', () => {
    const revisedData = { ...facts, name: 'Mô hình điều phối liên xã (sửa)', description, revisedBy: 'acc-author', revisedOn: '2026-03-10' };

    it('revises a draft, stating its unchanged status', () => {
      given(coordinationModelDecider, [drafted])
        .when(revise())
        .then([{ type: 'CoordinationModelRevised', data: { ...revisedData, status: 'draft' } }]);
    });

    it('revises a published model, which stays published', () => {
      given(coordinationModelDecider, [drafted, published])
        .when(revise())
        .then([{ type: 'CoordinationModelRevised', data: { ...revisedData, status: 'published' } }]);
      const state = fold(coordinationModelDecider, [drafted, published, { type: 'CoordinationModelRevised', data: { ...revisedData, status: 'published' } }]);
      expect([state.status, state.status !== 'none' && state.name]).toEqual(['published', 'Mô hình điều phối liên xã (sửa)']);
    });

    it('moves the model to another curriculum in use', () => {
      given(coordinationModelDecider, [drafted])
        .when(revise({ curriculumId: 'cur-2' }))
        .then([{ type: 'CoordinationModelRevised', data: { ...revisedData, curriculumId: 'cur-2', status: 'draft' } }]);
    });

    it('refuses moving it to a retired or unknown curriculum', () => {
      given(coordinationModelDecider, [drafted])
        .when(revise({ curriculumId: 'cur-2', curriculum: { status: 'retired' } }))
        .thenFails('CURRICULUM.RETIRED');
      given(coordinationModelDecider, [drafted])
        .when(revise({ curriculumId: 'cur-2', curriculum: { status: 'none' } }))
        .thenFails('CURRICULUM.NOT_FOUND');
    });

    it('still revises the wording when its own curriculum has retired since', () => {
      given(coordinationModelDecider, [drafted])
        .when(revise({ curriculum: { status: 'retired' } }))
        .then([{ type: 'CoordinationModelRevised', data: { ...revisedData, status: 'draft' } }]);
    });

    it('records nothing when nothing changes', () => {
      given(coordinationModelDecider, [drafted])
        .when(revise({ name: ' Mô hình điều phối liên xã ' }))
        .then([]);
    });

    it('refuses a blank name', () => {
      given(coordinationModelDecider, [drafted])
        .when(revise({ name: '' }))
        .thenFails('CATALOGUE.TEXT_REQUIRED');
    });

    it('refuses an unknown or retired model', () => {
      given(coordinationModelDecider).when(revise()).thenFails('COORDINATION_MODEL.NOT_FOUND');
      given(coordinationModelDecider, [drafted, published, retired]).when(revise()).thenFails('COORDINATION_MODEL.RETIRED');
    });
  });

  describe('publishing', () => {
    it('publishes a draft, by the acting user, today', () => {
      given(coordinationModelDecider, [drafted]).when(publish).then([published]);
      const state = fold(coordinationModelDecider, [drafted, published]);
      expect(state).toMatchObject({ status: 'published', publication: { publishedBy: 'acc-publisher', publishedOn: '2026-04-01' } });
    });

    it('records nothing when already published: the first publication stands', () => {
      given(coordinationModelDecider, [drafted, published])
        .when({ ...publish, actorId: 'acc-other' })
        .then([]);
    });

    it('refuses to publish a model whose curriculum has retired since drafting', () => {
      given(coordinationModelDecider, [drafted])
        .when({ ...publish, curriculum: { status: 'retired' } })
        .thenFails('CURRICULUM.RETIRED');
    });

    it('refuses an unknown or retired model', () => {
      given(coordinationModelDecider).when(publish).thenFails('COORDINATION_MODEL.NOT_FOUND');
      given(coordinationModelDecider, [drafted, published, retired]).when(publish).thenFails('COORDINATION_MODEL.RETIRED');
    });
  });

  describe('retiring', () => {
    it('retires a published model with its reason', () => {
      given(coordinationModelDecider, [drafted, published]).when(retire).then([retired]);
      expect(fold(coordinationModelDecider, [drafted, published, retired]).status).toBe('retired');
    });

    it('records nothing when already retired', () => {
      given(coordinationModelDecider, [drafted, published, retired]).when(retire).then([]);
    });

    it('refuses retiring a draft: draft → published → retired', () => {
      given(coordinationModelDecider, [drafted]).when(retire).thenFails('COORDINATION_MODEL.NOT_PUBLISHED');
    });

    it('refuses a blank reason', () => {
      expect(
        given(coordinationModelDecider, [drafted, published])
          .when({ ...retire, reason: ' ' })
          .thenFails('CATALOGUE.TEXT_REQUIRED').field,
      ).toBe('reason');
    });

    it('refuses an unknown model', () => {
      given(coordinationModelDecider).when(retire).thenFails('COORDINATION_MODEL.NOT_FOUND');
    });
  });

  describe('events other services copy', () => {
    const history: CoordinationModelEvent[] = [drafted, published, retired];

    /** A copy kept as campaigns will keep it: the last event of each model, read alone. */
    const copyFrom = (events: CoordinationModelEvent[]) =>
      Object.fromEntries(events.map(({ data }) => [data.modelId, { name: data.name, status: data.status, curriculumId: data.curriculumId }]));

    it('each carry the model id, name, curriculum, status after the event and a date', () => {
      for (const event of history) {
        expect(event.data).toMatchObject({ modelId: 'model-1', name: facts.name, curriculumId: 'cur-1', ownerUnitId: 'unit-lao-cai' });
        expect(Object.keys(event.data).some((key) => /On$/.test(key))).toBe(true);
      }
      expect(copyFrom(history)).toEqual({ 'model-1': { name: facts.name, status: 'retired', curriculumId: 'cur-1' } });
    });

    it('agree with the fold at every step', () => {
      history.forEach((event, index) => {
        expect(fold(coordinationModelDecider, history.slice(0, index + 1)).status).toBe(copyFrom([event])['model-1']?.status);
      });
    });
  });

  it('runs a model through its whole life', () => {
    const commands: CoordinationModelCommand[] = [draft, revise(), publish, revise({ description: 'Thêm ban điều phối cấp tỉnh.' }), retire];
    const events = commands.reduce<CoordinationModelEvent[]>(
      (sofar, command) => [...sofar, ...coordinationModelDecider.decide(command, fold(coordinationModelDecider, sofar))],
      [],
    );
    expect(events.map((event) => [event.type, event.data.status])).toEqual([
      ['CoordinationModelDrafted', 'draft'],
      ['CoordinationModelRevised', 'draft'],
      ['CoordinationModelPublished', 'published'],
      ['CoordinationModelRevised', 'published'],
      ['CoordinationModelRetired', 'retired'],
    ]);
  });
});
