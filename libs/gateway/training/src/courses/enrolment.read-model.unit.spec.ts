import { projected, streamOf } from './in-memory-projector.test-fixtures';
import { type EnrolmentDoc, enrolmentIdOf, enrolmentProjection } from './enrolment.read-model';
import { sessionAttendanceProjection } from './session-attendance.read-model';
import { learner, requested, result } from './course.test-fixtures';

const completed = (passed: ReturnType<typeof result>[], notPassed: ReturnType<typeof result>[]) => ({
  courseId: 'c1',
  curriculumId: 'cur-1',
  runningUnitId: 'commune-a',
  completedOn: '2026-04-30',
  trainerIds: ['t1'],
  scheduledHours: 8,
  passed,
  notPassed,
  completedBy: 'a',
});

describe('enrolment read model', () => {
  it('follows one learner on one course: request, place, score, and the result the completion decided', () => {
    const c = streamOf('course-c1');
    const docs = projected(enrolmentProjection, [
      c('EnrolmentRequested', requested('p1')),
      c('EnrolmentRequested', requested('p2', 'branch-2')),
      c('EnrolmentWaitlisted', { ...learner('p1'), approvedBy: 'a', waitlistedOn: '2026-03-06' }),
      c('EnrolmentPromoted', { ...learner('p1'), promotedOn: '2026-03-07' }),
      c('EnrolmentConfirmed', { ...learner('p2'), approvedBy: 'a', confirmedOn: '2026-03-06' }),
      c('LearnerAssessed', { ...learner('p1'), score: 85, assessedBy: 't1', assessedOn: '2026-04-29' }),
      c('CourseCompleted', completed([result('p1', 85, 8)], [result('p2', undefined, 2)])),
    ]);
    expect(docs.get(enrolmentIdOf('c1', 'p1'))).toMatchObject({
      status: 'confirmed',
      changedOn: '2026-03-07',
      score: 85,
      result: { passed: true, score: 85, attendedHours: 8, completedOn: '2026-04-30' },
    });
    const p2 = docs.get(enrolmentIdOf('c1', 'p2')) as unknown as EnrolmentDoc;
    expect([p2.unitId, p2.result]).toEqual(['branch-2', { passed: false, attendedHours: 2, completedOn: '2026-04-30' }]);
  });

  it('keeps a declined or withdrawn learner with the reason, and starts afresh when they ask again', () => {
    const c = streamOf('course-c1');
    const asked = c('EnrolmentRequested', requested('p1'));
    const declined = c('EnrolmentDeclined', { ...learner('p1'), reason: 'Sai đối tượng', declinedBy: 'a', declinedOn: '2026-03-06' });
    const first = projected(enrolmentProjection, [asked, declined]).get(enrolmentIdOf('c1', 'p1'));
    expect(first).toMatchObject({ status: 'declined', reason: 'Sai đối tượng' });
    const again = projected(enrolmentProjection, [asked, declined, c('EnrolmentRequested', requested('p1', 'branch-9'))]).get(enrolmentIdOf('c1', 'p1'));
    expect(again).toEqual({ ...requested('p1', 'branch-9'), status: 'pending', changedOn: '2026-03-05' });
  });

  it('keeps nothing for an event about someone who never asked, and skips a delivery it has applied', () => {
    const c = streamOf('course-c1');
    const scored = c('LearnerAssessed', { ...learner('ghost'), score: 50, assessedBy: 't1', assessedOn: '2026-04-29' });
    expect(projected(enrolmentProjection, [scored]).size).toBe(0);
    const asked = c('EnrolmentRequested', requested('p1'));
    const confirmed = c('EnrolmentConfirmed', { ...learner('p1'), approvedBy: 'a', confirmedOn: '2026-03-06' });
    expect(projected(enrolmentProjection, [asked, confirmed, asked]).get(enrolmentIdOf('c1', 'p1'))).toMatchObject({ status: 'confirmed' });
  });
});

describe('session attendance read model', () => {
  it('keeps the last list recorded for a session, each person once', () => {
    const c = streamOf('course-c1');
    const record = (present: string[]) =>
      c('SessionAttendanceRecorded', { courseId: 'c1', sessionId: 's1', presentPersonIds: present, recordedBy: 't1', recordedOn: '2026-04-03' });
    const docs = projected(sessionAttendanceProjection, [record(['p1', 'p2']), record(['p3', 'p1', 'p3'])]);
    expect(docs.get('c1/s1')).toEqual({ courseId: 'c1', sessionId: 's1', presentPersonIds: ['p1', 'p3'], recordedOn: '2026-04-03', recordedBy: 't1' });
  });
});
