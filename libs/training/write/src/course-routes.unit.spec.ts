import { courseStreamId } from '@tn/training-domain';
import { coursePlan, curriculum, failureOf, seededWorld } from './write.test-fixtures';

const handbook = { materialId: 'handbook', title: 'Sổ tay điều phối', kind: 'handbook', targetGroups: ['commune-cadres'], ownerUnitId: 'lao-cai' };
const version = (n: number) => ({
  materialId: 'handbook',
  version: n,
  url: `https://tailieu.doanthanhnien.vn/so-tay-v${n}.pdf`,
  sha256: 'a'.repeat(64),
  note: `Bản ${n}`,
});
const request = (personId: string) => ({ courseId: 'course-1', personId, personKind: 'cadre', unitId: 'ta-van', abroad: false });

describe('course routes', () => {
  it('plans a course whose trainer holds a valid trainer qualification over its dates, and names each trainer who does not', async () => {
    const world = await seededWorld();
    expect(await failureOf(() => world.send('PlanCourse', coursePlan({ trainerIds: ['trainer-1', 'trainer-2'] })))).toMatchObject({
      code: 'COURSE.TRAINER_NOT_QUALIFIED',
      field: 'trainerIds',
      details: { personIds: ['trainer-2'] },
    });
    await world.send('PlanCourse', coursePlan());
    expect(world.store.eventsOf(courseStreamId('course-1')).map((event) => event.type)).toEqual(['CoursePlanned']);
  });

  it("refuses a trainer whose qualification lapses before the course ends (valid on every day, the kind's validity counted)", async () => {
    const world = await seededWorld();
    // Recognised on 15 January 2025 for two years: valid through 15 January 2027.
    expect(await failureOf(() => world.send('PlanCourse', coursePlan({ startsOn: '2027-01-10', endsOn: '2027-01-20' })))).toMatchObject({
      code: 'COURSE.TRAINER_NOT_QUALIFIED',
    });
    await world.send('PlanCourse', coursePlan({ startsOn: '2027-01-10', endsOn: '2027-01-15' }));
  });

  it('refuses a course of a retired curriculum, and a material version not approved', async () => {
    const world = await seededWorld();
    await world.send('DefineCurriculum', curriculum('cur-old'));
    await world.send('RetireCurriculum', { curriculumId: 'cur-old' });
    expect(await failureOf(() => world.send('PlanCourse', coursePlan({ curriculumId: 'cur-old' })))).toMatchObject({
      code: 'COURSE.CURRICULUM_UNAVAILABLE',
      details: { status: 'retired' },
    });
    await world.send('RegisterMaterial', handbook);
    await world.send('AddMaterialVersion', version(1));
    await world.send('AddMaterialVersion', version(2));
    await world.send('ApproveMaterialVersion', { materialId: 'handbook', version: 1 });
    expect(await failureOf(() => world.send('PlanCourse', coursePlan({ materials: [{ materialId: 'handbook', version: 2 }] })))).toMatchObject({
      code: 'COURSE.MATERIAL_UNAVAILABLE',
      details: { problem: 'not-approved' },
    });
    await world.send('PlanCourse', coursePlan({ materials: [{ materialId: 'handbook', version: 1 }] }));
  });

  it("checks a trainer assigned later over the course's own dates", async () => {
    const world = await seededWorld();
    await world.send('PlanCourse', coursePlan());
    expect(await failureOf(() => world.send('AssignCourseTrainer', { courseId: 'course-1', personId: 'trainer-2' }))).toMatchObject({
      code: 'COURSE.TRAINER_NOT_QUALIFIED',
      field: 'personId',
    });
    await world.send('RecognisePriorQualification', {
      personId: 'trainer-2',
      personKind: 'cadre',
      kindId: 'tot',
      recordId: 'tot-prior-2',
      grantedOn: '2026-01-05',
      evidence: 'Quyết định số 3/QĐ-TĐ',
    });
    await world.send('AssignCourseTrainer', { courseId: 'course-1', personId: 'trainer-2' });
    expect(world.store.eventsOf(courseStreamId('course-1')).map((event) => event.type)).toEqual(['CoursePlanned', 'CourseTrainerAssigned']);
  });

  it("refuses a learner without the prerequisites of the kind the course's curriculum grants, and takes them once held", async () => {
    const world = await seededWorld();
    await world.send('PlanCourse', coursePlan());
    expect(await failureOf(() => world.send('RequestEnrolment', request('learner-1')))).toMatchObject({
      code: 'COURSE.PREREQUISITES_NOT_MET',
      details: { missingKindIds: ['basic'] },
    });
    await world.send('RecognisePriorQualification', {
      personId: 'learner-1',
      personKind: 'cadre',
      kindId: 'basic',
      recordId: 'basic-prior-1',
      grantedOn: '2025-09-01',
      evidence: 'Giấy chứng nhận bồi dưỡng cơ bản',
    });
    const { events } = await world.send('RequestEnrolment', request('learner-1'), { actorId: 'manager-2' });
    expect(events).toEqual([expect.objectContaining({ type: 'EnrolmentRequested', data: expect.objectContaining({ requestedBy: 'manager-2' }) })]);
  });

  it('asks nothing of a course that does not exist: the decider answers COURSE.NOT_FOUND', async () => {
    const world = await seededWorld();
    expect(await failureOf(() => world.send('RequestEnrolment', request('learner-1')))).toMatchObject({ code: 'COURSE.NOT_FOUND' });
    expect(await failureOf(() => world.send('AssignCourseTrainer', { courseId: 'course-1', personId: 'trainer-1' }))).toMatchObject({
      code: 'COURSE.NOT_FOUND',
    });
  });
});
