import { coordinationModelStreamId, curriculumStreamId, materialStreamId } from '@tn/training-domain';
import { curriculum, failureOf, TODAY, trainingWorld } from './write.test-fixtures';

const model = (modelId: string, curriculumId: string) => ({
  modelId,
  name: 'Mô hình "Ngày thứ bảy tình nguyện"',
  description: 'Đoàn xã điều phối đoàn viên theo ca',
  curriculumId,
  ownerUnitId: 'lao-cai',
});
const material = (materialId: string, curriculumId?: string) => ({
  materialId,
  title: 'Sổ tay điều phối',
  kind: 'handbook',
  targetGroups: ['commune-cadres'],
  ownerUnitId: 'lao-cai',
  ...(curriculumId ? { curriculumId } : {}),
});

describe('catalogue routes', () => {
  it('dates a curriculum by the server (Vietnam) and signs it with the actor, whatever the payload says', async () => {
    const world = trainingWorld();
    await world.send('DefineCurriculum', { ...curriculum('cur-1'), definedOn: '2020-01-01', definedBy: 'someone-else' }, { actorId: 'manager-7' });
    expect(world.store.eventsOf(curriculumStreamId('cur-1'))[0]).toMatchObject({
      type: 'CurriculumDefined',
      data: { curriculumId: 'cur-1', definedBy: 'manager-7', definedOn: TODAY },
    });
  });

  it("takes the Vietnam date of the envelope's instant: 23:30 UTC is the next day in Vietnam", async () => {
    const world = trainingWorld();
    await world.send('DefineCurriculum', curriculum('cur-1'), { issuedAt: '2026-04-10T23:30:00.000Z' });
    expect(world.store.eventsOf(curriculumStreamId('cur-1'))[0]?.data).toMatchObject({ definedOn: '2026-04-11' });
  });

  it('registers a material of a curriculum in use, and refuses one of an unknown or retired curriculum', async () => {
    const world = trainingWorld();
    expect(await failureOf(() => world.send('RegisterMaterial', material('mat-1', 'cur-none')))).toMatchObject({ code: 'CURRICULUM.NOT_FOUND' });
    await world.send('DefineCurriculum', curriculum('cur-1'));
    await world.send('RegisterMaterial', material('mat-1', 'cur-1'));
    expect(world.store.eventsOf(materialStreamId('mat-1')).map((event) => event.type)).toEqual(['MaterialRegistered']);
    await world.send('RetireCurriculum', { curriculumId: 'cur-1', reason: 'Thay bằng chương trình mới' });
    expect(await failureOf(() => world.send('RegisterMaterial', material('mat-2', 'cur-1')))).toMatchObject({ code: 'CURRICULUM.RETIRED' });
  });

  it('registers a material that names no curriculum without looking one up', async () => {
    const world = trainingWorld();
    await world.send('RegisterMaterial', material('mat-1'));
    expect(world.store.eventsOf(materialStreamId('mat-1'))).toHaveLength(1);
  });

  it("drafts a model on the payload's curriculum, and publishes it against the model's own curriculum", async () => {
    const world = trainingWorld();
    expect(await failureOf(() => world.send('DraftCoordinationModel', model('model-1', 'cur-1')))).toMatchObject({ code: 'CURRICULUM.NOT_FOUND' });
    await world.send('DefineCurriculum', curriculum('cur-1'));
    await world.send('DraftCoordinationModel', model('model-1', 'cur-1'));
    await world.send('RetireCurriculum', { curriculumId: 'cur-1' });
    // The model's curriculum was retired since the draft: publishing it is refused.
    expect(await failureOf(() => world.send('PublishCoordinationModel', { modelId: 'model-1' }))).toMatchObject({ code: 'CURRICULUM.RETIRED' });
    await world.send('DefineCurriculum', curriculum('cur-2'));
    await world.send('ReviseCoordinationModel', { ...model('model-1', 'cur-2'), ownerUnitId: undefined });
    await world.send('PublishCoordinationModel', { modelId: 'model-1' }, { actorId: 'manager-9' });
    expect(world.store.eventsOf(coordinationModelStreamId('model-1')).at(-1)).toMatchObject({
      type: 'CoordinationModelPublished',
      data: { curriculumId: 'cur-2', publishedBy: 'manager-9', publishedOn: TODAY },
    });
  });

  it('answers COORDINATION_MODEL.NOT_FOUND for publishing a model that does not exist', async () => {
    expect(await failureOf(() => trainingWorld().send('PublishCoordinationModel', { modelId: 'nope' }))).toMatchObject({
      kind: 'not-found',
      code: 'COORDINATION_MODEL.NOT_FOUND',
    });
  });
});
