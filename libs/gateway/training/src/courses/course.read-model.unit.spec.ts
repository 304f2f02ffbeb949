import { projected, streamOf } from './in-memory-projector.test-fixtures';
import { courseProjection, type CourseDoc } from './course.read-model';
import { learner, plannedCourse, requested, result, session } from './course.test-fixtures';

const courseOf = (docs: Map<string, Record<string, unknown>>) => docs.get('c1') as unknown as CourseDoc;

describe('course read model', () => {
  it('keeps the planned course with its material versions, sessions in date order and the hours still held', () => {
    const c = streamOf('course-c1');
    const doc = courseOf(
      projected(courseProjection, [
        c('CoursePlanned', plannedCourse()),
        c('CourseSessionScheduled', session('s2', '2026-04-10', 4)),
        c('CourseSessionScheduled', session('s1', '2026-04-03', 3.5)),
        c('CourseSessionScheduled', session('s3', '2026-04-20', 2)),
        c('CourseSessionCancelled', { courseId: 'c1', sessionId: 's3', reason: 'Mưa lớn', cancelledBy: 'a', cancelledOn: '2026-04-19' }),
        c('CourseTrainerAssigned', { courseId: 'c1', personId: 't2', assignedBy: 'a', assignedOn: '2026-03-03' }),
        c('CourseTrainerRemoved', { courseId: 'c1', personId: 't1', removedBy: 'a', removedOn: '2026-03-04' }),
      ]),
    );
    expect(doc.sessions.map((s) => [s.sessionId, s.cancelled, s.cancelReason ?? null])).toEqual([
      ['s1', false, null],
      ['s2', false, null],
      ['s3', true, 'Mưa lớn'],
    ]);
    expect([doc.scheduledHours, doc.trainerIds, doc.materials, doc.status]).toEqual([7.5, ['t2'], [{ materialId: 'handbook', version: 2 }], 'open']);
  });

  it('counts places through requests, approvals, the waitlist in order, withdrawals and promotion', () => {
    const c = streamOf('course-c1');
    const events = [
      c('CoursePlanned', plannedCourse()),
      ...['p1', 'p2', 'p3', 'p4', 'p5'].map((id) => c('EnrolmentRequested', requested(id))),
      c('EnrolmentConfirmed', { ...learner('p1'), approvedBy: 'a', confirmedOn: '2026-03-06' }),
      c('EnrolmentConfirmed', { ...learner('p2'), approvedBy: 'a', confirmedOn: '2026-03-06' }),
      c('EnrolmentWaitlisted', { ...learner('p3'), approvedBy: 'a', waitlistedOn: '2026-03-06' }),
      c('EnrolmentWaitlisted', { ...learner('p4'), approvedBy: 'a', waitlistedOn: '2026-03-06' }),
      c('EnrolmentDeclined', { ...learner('p5'), reason: 'Sai đối tượng', declinedBy: 'a', declinedOn: '2026-03-06' }),
    ];
    const full = courseOf(projected(courseProjection, events));
    expect([full.pendingCount, full.confirmedCount, full.waitlistedCount, full.waitlistedIds]).toEqual([0, 2, 2, ['p3', 'p4']]);
    const after = courseOf(
      projected(courseProjection, [
        ...events,
        c('EnrolmentWithdrawn', { ...learner('p1'), previousStatus: 'confirmed', withdrawnBy: 'p1', withdrawnOn: '2026-03-07' }),
        c('EnrolmentPromoted', { ...learner('p3'), promotedOn: '2026-03-07' }),
        c('EnrolmentWithdrawn', { ...learner('p4'), previousStatus: 'waitlisted', withdrawnBy: 'p4', withdrawnOn: '2026-03-08' }),
      ]),
    );
    expect([after.pendingCount, after.confirmedCount, after.waitlistedCount, after.waitlistedIds]).toEqual([0, 2, 0, []]);
  });

  it('marks a session whose attendance was recorded with how many were present, and a completion with who passed', () => {
    const c = streamOf('course-c1');
    const doc = courseOf(
      projected(courseProjection, [
        c('CoursePlanned', plannedCourse()),
        c('CourseSessionScheduled', session('s1', '2026-04-03', 4)),
        c('SessionAttendanceRecorded', { courseId: 'c1', sessionId: 's1', presentPersonIds: ['p1', 'p2', 'p1'], recordedBy: 't1', recordedOn: '2026-04-03' }),
        c('LearnerAssessed', { ...learner('p1'), score: 90, assessedBy: 't1', assessedOn: '2026-04-03' }),
        c('CourseCompleted', {
          courseId: 'c1',
          curriculumId: 'cur-1',
          runningUnitId: 'commune-a',
          completedOn: '2026-04-30',
          trainerIds: ['t1'],
          scheduledHours: 4,
          passed: [result('p1', 90, 4)],
          notPassed: [result('p2', undefined, 4)],
          completedBy: 'a',
        }),
      ]),
    );
    expect(doc.sessions[0]).toMatchObject({ attendanceRecorded: true, presentCount: 2 });
    expect([doc.status, doc.completedOn, doc.passedCount, doc.notPassedCount]).toEqual(['completed', '2026-04-30', 1, 1]);
  });

  it('rebuilds the same document from a replay of its stream, skipping events delivered twice', () => {
    const c = streamOf('course-c1');
    const events = [
      c('CoursePlanned', plannedCourse()),
      c('EnrolmentRequested', requested('p1')),
      c('EnrolmentConfirmed', { ...learner('p1'), approvedBy: 'a', confirmedOn: '2026-03-06' }),
      c('CourseCancelled', { courseId: 'c1', reason: 'Thiếu học viên', cancelledBy: 'a', cancelledOn: '2026-03-20' }),
    ];
    const once = courseOf(projected(courseProjection, events));
    expect(courseOf(projected(courseProjection, [...events, ...events]))).toEqual(once);
    expect([once.status, once.cancelReason, once.confirmedCount]).toEqual(['cancelled', 'Thiếu học viên', 1]);
  });
});
