import { traineeStreamId } from '@tn/training-domain';
import { failureOf, kind, trainingWorld } from './write.test-fixtures';

const recognition = (overrides: Record<string, unknown> = {}) => ({
  personId: 'trainer-1',
  personKind: 'cadre',
  kindId: 'tot',
  recordId: 'tot-prior-1',
  grantedOn: '2024-03-01',
  evidence: 'Quyết định công nhận báo cáo viên số 12/QĐ-TĐ',
  ...overrides,
});
const completion = (courseId: string, completedOn: string) => ({
  personId: 'learner-1',
  personKind: 'volunteer',
  kindId: 'tot',
  courseId,
  curriculumId: 'cur-tot',
  completedOn,
});

describe('qualification routes', () => {
  it("records a prior qualification on the kind's current terms, read from the kind's stream", async () => {
    const world = trainingWorld();
    expect(await failureOf(() => world.send('RecognisePriorQualification', recognition()))).toMatchObject({ code: 'QUALIFICATION.KIND_NOT_FOUND' });
    await world.send('DefineQualificationKind', kind('tot', { validityYears: 2 }));
    await world.send('ReviseQualificationKind', kind('tot', { validityYears: 3 }));
    await world.send('RecognisePriorQualification', recognition(), { actorId: 'manager-3' });
    expect(world.store.eventsOf(traineeStreamId('trainer-1'))[0]).toMatchObject({
      type: 'PriorQualificationRecognised',
      data: { kindRevision: 2, grantedOn: '2024-03-01', validUntil: '2027-03-01', recognisedBy: 'manager-3' },
    });
  });

  it("renews from a course of a renewing curriculum with the kind's extensions counted: the extended expiry is where the renewal starts", async () => {
    const world = trainingWorld();
    await world.send('DefineQualificationKind', kind('tot', { validityYears: 1, grantingCurriculumIds: ['cur-tot'], renewingCurriculumIds: ['cur-refresh'] }));
    await world.send('RecordCourseCompletion', completion('course-1', '2025-04-01'), { issuedAt: '2025-04-01T02:00:00.000Z' });
    // A flood year: qualifications expiring in spring 2026 get six months more.
    await world.send('ExtendQualificationValidity', {
      kindId: 'tot',
      extensionId: 'flood-2025',
      expiringFrom: '2026-03-01',
      expiringTo: '2026-05-31',
      extendByMonths: 6,
      reason: 'Lũ lụt năm 2025',
    });
    await world.send('RecordCourseCompletion', { ...completion('course-2', '2026-04-05'), curriculumId: 'cur-refresh' });
    expect(world.store.eventsOf(traineeStreamId('learner-1')).map((event) => [event.type, event.data['validUntil']])).toEqual([
      ['QualificationGranted', '2026-04-01'],
      ['QualificationRenewed', '2027-10-01'],
    ]);
  });

  it('refuses a completion dated after the server date', async () => {
    const world = trainingWorld();
    await world.send('DefineQualificationKind', kind('tot', { grantingCurriculumIds: ['cur-tot'] }));
    expect(await failureOf(() => world.send('RecordCourseCompletion', completion('course-1', '2026-04-11')))).toMatchObject({
      code: 'QUALIFICATION.DATE_AFTER_TODAY',
      field: 'completedOn',
    });
  });
});
