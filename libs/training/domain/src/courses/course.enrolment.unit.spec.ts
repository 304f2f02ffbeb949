import { given } from '@tn/shared-decider';
import type { CourseCommand } from './course.commands';
import { courseDecider } from './course.decide';
import type { CourseEvent } from './course.events';
import { acting, approve, assess, attendance, courseOf, enrol, MANAGER, planned, request, run, session, TODAY, withdraw } from './course.test-fixtures';

const decline = (personId: string, reason = 'chưa đúng đối tượng'): CourseCommand => ({
  type: 'DeclineEnrolment',
  courseId: 'c-1',
  personId,
  reason,
  ...acting,
});
const confirmed = (personId: string): CourseEvent => ({
  type: 'EnrolmentConfirmed',
  data: { courseId: 'c-1', personId, approvedBy: MANAGER, confirmedOn: TODAY },
});
const standing = (events: CourseEvent[]) => {
  const course = courseOf(events);
  const confirmedIds = [...course.learners].filter(([, learner]) => learner.status === 'confirmed').map(([personId]) => personId);
  return { confirmed: confirmedIds.sort(), confirmedCount: course.confirmedCount, waitlisted: course.waitlisted };
};

describe('asking for a place', () => {
  it('records the request with the learner kind, unit and whether they learn from abroad', () => {
    given(courseDecider, planned())
      .when(request('p-1', { personKind: 'volunteer', abroad: true }))
      .then([
        {
          type: 'EnrolmentRequested',
          data: { courseId: 'c-1', personId: 'p-1', personKind: 'volunteer', unitId: 'u-ta-van', abroad: true, requestedBy: MANAGER, requestedOn: TODAY },
        },
      ]);
  });

  it('refuses a learner abroad on a course taught in person only', () => {
    const error = given(courseDecider, planned({ mode: 'in-person' }))
      .when(request('p-1', { abroad: true }))
      .thenFails('COURSE.ABROAD_NEEDS_ONLINE');
    expect([error.field, error.details]).toEqual(['abroad', { mode: 'in-person' }]);
  });

  it('takes a learner abroad on an online course', () => {
    expect(courseOf(run(planned({ mode: 'online' }), [request('p-1', { abroad: true })])).learners.get('p-1')?.status).toBe('pending');
  });

  it('refuses a learner missing a prerequisite qualification, naming the kinds', () => {
    const error = given(courseDecider, planned())
      .when(request('p-1', { missingPrerequisiteKindIds: ['k-basic'] }))
      .thenFails('COURSE.PREREQUISITES_NOT_MET');
    expect(error.details).toEqual({ personId: 'p-1', missingKindIds: ['k-basic'] });
  });

  it('refuses enrolling a trainer in their own course', () => {
    expect(given(courseDecider, planned()).when(request('t-2')).thenFails('COURSE.TRAINER_AND_LEARNER').details).toEqual({
      personId: 't-2',
      status: 'trainer',
    });
  });

  it('refuses a second request from the same learner, wherever they stand', () => {
    const events = run(planned({ capacity: 1 }), [...enrol('p-1', 'p-2'), request('p-3')]);
    for (const [personId, status] of [
      ['p-1', 'confirmed'],
      ['p-2', 'waitlisted'],
      ['p-3', 'pending'],
    ] as const) {
      expect(given(courseDecider, events).when(request(personId)).thenFails('COURSE.ALREADY_ENROLLED').details).toEqual({ personId, status });
    }
  });

  it('refuses a learner kind other than cadre or volunteer', () => {
    expect(
      given(courseDecider, planned())
        .when(request('p-1', { personKind: 'child' }))
        .thenFails('COURSE.VALUE_UNKNOWN').field,
    ).toBe('personKind');
  });
});

describe('approval, capacity and the waitlist', () => {
  it('confirms an approved learner while a place is free', () => {
    given(courseDecider, run(planned(), [request('p-1')]))
      .when(approve('p-1'))
      .then([confirmed('p-1')]);
  });

  it('waitlists an approved learner when the course is full', () => {
    given(courseDecider, run(planned(), [...enrol('p-1', 'p-2', 'p-3'), request('p-4')]))
      .when(approve('p-4'))
      .then([{ type: 'EnrolmentWaitlisted', data: { courseId: 'c-1', personId: 'p-4', approvedBy: MANAGER, waitlistedOn: TODAY } }]);
  });

  it('refuses approving into a full course that keeps no waitlist with COURSE.FULL', () => {
    const full = run(planned({ waitlist: false }), enrol('p-1', 'p-2', 'p-3'));
    expect(run(full, [request('p-4')])).toHaveLength(full.length + 1);
    const error = given(courseDecider, run(full, [request('p-4')]))
      .when(approve('p-4'))
      .thenFails('COURSE.FULL');
    expect(error.details).toEqual({ courseId: 'c-1', capacity: 3 });
  });

  it('places learners in the order they are approved, not the order they asked', () => {
    const asked = run(
      planned(),
      ['p-1', 'p-2', 'p-3', 'p-4', 'p-5'].map((personId) => request(personId)),
    );
    const approved = run(asked, ['p-5', 'p-4', 'p-3', 'p-2', 'p-1'].map(approve));
    expect(standing(approved)).toEqual({ confirmed: ['p-3', 'p-4', 'p-5'], confirmedCount: 3, waitlisted: ['p-2', 'p-1'] });
  });

  it('promotes the first waitlisted learner into a place a confirmed learner leaves, in the same decision', () => {
    const full = run(planned(), enrol('p-1', 'p-2', 'p-3', 'p-4', 'p-5'));
    given(courseDecider, full)
      .when(withdraw('p-2'))
      .then([
        { type: 'EnrolmentWithdrawn', data: { courseId: 'c-1', personId: 'p-2', previousStatus: 'confirmed', withdrawnBy: MANAGER, withdrawnOn: TODAY } },
        { type: 'EnrolmentPromoted', data: { courseId: 'c-1', personId: 'p-4', promotedOn: TODAY } },
      ]);
    const after = run(full, [withdraw('p-2'), withdraw('p-1')]);
    expect(standing(after)).toEqual({ confirmed: ['p-3', 'p-4', 'p-5'], confirmedCount: 3, waitlisted: [] });
  });

  it('promotes no one when a waitlisted or pending learner leaves, and keeps the waitlist order', () => {
    const full = run(planned(), [...enrol('p-1', 'p-2', 'p-3', 'p-4', 'p-5', 'p-6'), request('p-7')]);
    given(courseDecider, full)
      .when(withdraw('p-5', 'bận công tác'))
      .then([
        {
          type: 'EnrolmentWithdrawn',
          data: { courseId: 'c-1', personId: 'p-5', previousStatus: 'waitlisted', reason: 'bận công tác', withdrawnBy: MANAGER, withdrawnOn: TODAY },
        },
      ]);
    given(courseDecider, full)
      .when(withdraw('p-7'))
      .then([{ type: 'EnrolmentWithdrawn', data: { courseId: 'c-1', personId: 'p-7', previousStatus: 'pending', withdrawnBy: MANAGER, withdrawnOn: TODAY } }]);
    const after = run(full, [withdraw('p-5'), withdraw('p-1')]);
    expect(standing(after)).toEqual({ confirmed: ['p-2', 'p-3', 'p-4'], confirmedCount: 3, waitlisted: ['p-6'] });
  });

  it('gives a freed place to the next approval when no one waits', () => {
    const events = run(planned(), [...enrol('p-1', 'p-2', 'p-3'), withdraw('p-3'), request('p-4')]);
    given(courseDecider, events)
      .when(approve('p-4'))
      .then([confirmed('p-4')]);
  });

  it('refuses withdrawing someone not enrolled', () => {
    given(courseDecider, planned()).when(withdraw('p-9')).thenFails('COURSE.ENROLMENT_NOT_FOUND');
  });

  it('declines a pending request with a reason; the learner may ask again', () => {
    const asked = run(planned(), [request('p-1')]);
    given(courseDecider, asked)
      .when(decline('p-1'))
      .then([{ type: 'EnrolmentDeclined', data: { courseId: 'c-1', personId: 'p-1', reason: 'chưa đúng đối tượng', declinedBy: MANAGER, declinedOn: TODAY } }]);
    expect(courseOf(run(asked, [decline('p-1'), request('p-1')])).learners.get('p-1')?.status).toBe('pending');
  });

  it('refuses a decline without a reason', () => {
    expect(
      given(courseDecider, run(planned(), [request('p-1')]))
        .when(decline('p-1', ''))
        .thenFails('COURSE.VALUE_REQUIRED').field,
    ).toBe('reason');
  });

  it('refuses approving or declining anyone not awaiting approval, saying where they stand', () => {
    const events = run(planned(), enrol('p-1'));
    expect(given(courseDecider, events).when(approve('p-1')).thenFails('COURSE.ENROLMENT_NOT_PENDING').details).toEqual({
      personId: 'p-1',
      status: 'confirmed',
    });
    expect(given(courseDecider, events).when(decline('p-9')).thenFails('COURSE.ENROLMENT_NOT_PENDING').details).toEqual({ personId: 'p-9', status: 'none' });
  });
});

describe('attendance', () => {
  // p-1 to p-3 hold the three places; p-4 waits.
  const withSessions = () => run(planned(), [session('s-1', '2026-04-06', 4), session('s-2', '2026-04-08', 4), ...enrol('p-1', 'p-2', 'p-3', 'p-4')]);

  it('records who was present at a session that took place', () => {
    given(courseDecider, withSessions())
      .when(attendance('s-1', ['p-1', 'p-3']))
      .then([
        {
          type: 'SessionAttendanceRecorded',
          data: { courseId: 'c-1', sessionId: 's-1', presentPersonIds: ['p-1', 'p-3'], recordedBy: MANAGER, recordedOn: TODAY },
        },
      ]);
  });

  it('replaces a session attendance when it is recorded again', () => {
    const events = run(withSessions(), [attendance('s-1', ['p-1', 'p-3']), attendance('s-1', ['p-2'])]);
    expect(courseOf(events).sessions.get('s-1')?.presentPersonIds).toEqual(['p-2']);
  });

  it('takes attendance on the session day, and refuses it before', () => {
    expect(run(withSessions(), [attendance('s-2', ['p-1'], '2026-04-08')])).toHaveLength(withSessions().length + 1);
    const error = given(courseDecider, withSessions())
      .when(attendance('s-2', ['p-1'], '2026-04-07'))
      .thenFails('COURSE.SESSION_NOT_HELD_YET');
    expect(error.details).toEqual({ date: '2026-04-08', today: '2026-04-07' });
  });

  it('refuses anyone without a confirmed place (waitlisted, unknown), naming them', () => {
    const error = given(courseDecider, withSessions())
      .when(attendance('s-1', ['p-1', 'p-4', 'p-9']))
      .thenFails('COURSE.NOT_CONFIRMED');
    expect([error.field, error.details]).toEqual(['presentPersonIds', { personIds: ['p-4', 'p-9'] }]);
  });

  it('refuses a person listed twice', () => {
    given(courseDecider, withSessions())
      .when(attendance('s-1', ['p-1', 'p-1']))
      .thenFails('COURSE.LIST_INVALID');
  });

  it('refuses attendance for an unknown or cancelled session', () => {
    given(courseDecider, withSessions()).when(attendance('s-9', [])).thenFails('COURSE.SESSION_NOT_FOUND');
    const cancelled = run(withSessions(), [{ type: 'CancelCourseSession', courseId: 'c-1', sessionId: 's-2', ...acting }]);
    given(courseDecider, cancelled).when(attendance('s-2', [])).thenFails('COURSE.SESSION_CANCELLED');
  });
});

describe('assessment', () => {
  it('records a confirmed learner score, signed by the trainer', () => {
    given(courseDecider, run(planned(), enrol('p-1')))
      .when(assess('p-1', 82.5))
      .then([{ type: 'LearnerAssessed', data: { courseId: 'c-1', personId: 'p-1', score: 82.5, assessedBy: 't-1', assessedOn: TODAY } }]);
  });

  it('replaces an earlier score', () => {
    expect(courseOf(run(planned(), [...enrol('p-1'), assess('p-1', 60), assess('p-1', 75)])).learners.get('p-1')?.score).toBe(75);
  });

  it('takes scores of 0 and 100 and refuses scores outside them', () => {
    expect(run(planned(), [...enrol('p-1'), assess('p-1', 0), assess('p-1', 100)])).toHaveLength(5);
    for (const score of [-1, 100.5]) {
      expect(
        given(courseDecider, run(planned(), enrol('p-1')))
          .when(assess('p-1', score))
          .thenFails('COURSE.NUMBER_OUT_OF_RANGE').field,
      ).toBe('score');
    }
  });

  it('refuses assessing someone without a confirmed place', () => {
    const events = run(planned({ capacity: 1 }), enrol('p-1', 'p-2'));
    expect(given(courseDecider, events).when(assess('p-2', 80)).thenFails('COURSE.NOT_CONFIRMED').details).toEqual({ personIds: ['p-2'] });
  });
});
