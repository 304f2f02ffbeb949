import { given } from '@tn/shared-decider';
import type { CourseCommand } from './course.commands';
import { courseDecider } from './course.decide';
import type { CourseEvent } from './course.events';
import { acting, assess, attendance, complete, enrol, MANAGER, planned, request, approve, run, session, threeSessions, TODAY } from './course.test-fixtures';

const cadre = (personId: string, attendedHours: number, score?: number) => ({
  personId,
  personKind: 'cadre',
  unitId: 'u-ta-van',
  ...(score === undefined ? {} : { score }),
  attendedHours,
});
const completedWith = (passed: object[], notPassed: object[], scheduledHours = 10): CourseEvent => ({
  type: 'CourseCompleted',
  data: {
    courseId: 'c-1',
    curriculumId: 'cur-coordination',
    runningUnitId: 'u-lao-cai',
    completedOn: TODAY,
    trainerIds: ['t-1', 't-2'],
    scheduledHours,
    passed: passed as never,
    notPassed: notPassed as never,
    completedBy: MANAGER,
  },
});
/** The outcome's person ids: who passed, who did not. */
function outcome(events: CourseEvent[], command: CourseCommand = complete()) {
  const [completed] = run(events, [command]).slice(-1);
  if (completed?.type !== 'CourseCompleted') throw new Error('the course did not complete');
  return { passed: completed.data.passed.map((result) => result.personId), notPassed: completed.data.notPassed.map((result) => result.personId) };
}

describe('completing a course', () => {
  it('judges every confirmed learner: score at or above the pass mark AND attended hours at or above the share', () => {
    const events = run(planned({ capacity: 5 }), [
      ...threeSessions,
      ...enrol('p-1'),
      request('p-2', { personKind: 'volunteer', unitId: 'u-sa-pa' }),
      approve('p-2'),
      ...enrol('p-3', 'p-4', 'p-5', 'p-7'),
      request('p-6'),
      attendance('s-1', ['p-1', 'p-2', 'p-3', 'p-4', 'p-5']),
      attendance('s-2', ['p-1', 'p-2', 'p-3']),
      attendance('s-3', ['p-1', 'p-3', 'p-4']),
      assess('p-1', 90),
      assess('p-2', 70),
      assess('p-3', 69.5),
      assess('p-4', 95),
    ]);
    // p-6 (pending) and p-7 (waitlisted) hold no place: they are in neither list.
    given(courseDecider, events)
      .when(complete())
      .then([
        completedWith(
          [cadre('p-1', 10, 90), { personId: 'p-2', personKind: 'volunteer', unitId: 'u-sa-pa', score: 70, attendedHours: 8 }],
          [cadre('p-3', 10, 69.5), cadre('p-4', 6, 95), cadre('p-5', 4)],
        ),
      ]);
  });

  it('passes a score equal to the pass mark and fails one just under it', () => {
    const events = run(planned(), [
      ...threeSessions,
      ...enrol('p-1', 'p-2'),
      ...threeSessions.map((s) => attendance(sessionIdOf(s), ['p-1', 'p-2'])),
      assess('p-1', 70),
      assess('p-2', 69.99),
    ]);
    expect(outcome(events)).toEqual({ passed: ['p-1'], notPassed: ['p-2'] });
  });

  it('passes attendance of exactly the share of the scheduled hours and fails a quarter hour less', () => {
    // 10 hours: p-1 attends 4 + 3.25 + 0.75 = 8 (0.8 of them), p-2 attends 4 + 3.25 + 0.5 = 7.75.
    const hours = [4, 3.25, 0.75, 0.5, 1.5];
    const sessions = hours.map((length, index) => session(`s-${index + 1}`, `2026-04-${String(6 + index).padStart(2, '0')}`, length));
    const events = run(planned(), [
      ...sessions,
      ...enrol('p-1', 'p-2'),
      attendance('s-1', ['p-1', 'p-2']),
      attendance('s-2', ['p-1', 'p-2']),
      attendance('s-3', ['p-1']),
      attendance('s-4', ['p-2']),
      attendance('s-5', []),
      assess('p-1', 100),
      assess('p-2', 100),
    ]);
    given(courseDecider, events)
      .when(complete())
      .then([completedWith([cadre('p-1', 8, 100)], [cadre('p-2', 7.75, 100)])]);
  });

  it('applies the attendance share the course was planned with', () => {
    const events = run(planned({ minimumAttendanceShare: 0.6 }), [
      ...threeSessions,
      ...enrol('p-1'),
      attendance('s-1', ['p-1']),
      attendance('s-2', []),
      attendance('s-3', ['p-1']),
      assess('p-1', 80),
    ]);
    expect(outcome(events)).toEqual({ passed: ['p-1'], notPassed: [] });
  });

  it('leaves cancelled sessions out of the hours scheduled', () => {
    const cancel: CourseCommand = { type: 'CancelCourseSession', courseId: 'c-1', sessionId: 's-3', ...acting };
    const events = run(planned(), [...threeSessions, cancel, ...enrol('p-1'), attendance('s-1', ['p-1']), attendance('s-2', ['p-1']), assess('p-1', 80)]);
    given(courseDecider, events)
      .when(complete())
      .then([completedWith([cadre('p-1', 8, 80)], [], 8)]);
  });

  it('names the trainers teaching at completion', () => {
    const assign: CourseCommand = {
      type: 'AssignCourseTrainer',
      courseId: 'c-1',
      personId: 't-3',
      trainer: { personId: 't-3', holdsValidTrainerQualification: true },
      ...acting,
    };
    const remove: CourseCommand = { type: 'RemoveCourseTrainer', courseId: 'c-1', personId: 't-1', ...acting };
    const events = run(planned(), [...threeSessions, assign, remove, ...threeSessions.map((s) => attendance(sessionIdOf(s), []))]);
    const [completed] = run(events, [complete()]).slice(-1);
    expect(completed?.type === 'CourseCompleted' && completed.data.trainerIds).toEqual(['t-2', 't-3']);
  });

  it('takes a completion on the last session day, and refuses one before it', () => {
    const events = run(planned(), [...threeSessions, ...threeSessions.map((s) => attendance(sessionIdOf(s), []))]);
    expect(outcome(events, complete('2026-04-08'))).toEqual({ passed: [], notPassed: [] });
    const error = given(courseDecider, events).when(complete('2026-04-07')).thenFails('COURSE.COMPLETED_BEFORE_LAST_SESSION');
    expect([error.field, error.details]).toEqual(['completedOn', { lastSessionOn: '2026-04-08' }]);
  });

  it('refuses a completion dated after today, or on no calendar date', () => {
    const events = run(planned(), [...threeSessions, ...threeSessions.map((s) => attendance(sessionIdOf(s), []))]);
    const ahead = given(courseDecider, events).when(complete('2026-04-11')).thenFails('COURSE.DATE_AHEAD');
    expect([ahead.field, ahead.details]).toEqual(['completedOn', { date: '2026-04-11', today: TODAY }]);
    expect(given(courseDecider, events).when(complete('2026-04-31')).thenFails('COURSE.DATE_INVALID').field).toBe('completedOn');
  });

  it('refuses completing a course with no session held', () => {
    given(courseDecider, planned()).when(complete()).thenFails('COURSE.NO_SESSIONS');
    const cancelled = run(planned(), [session('s-1', '2026-04-06', 4), { type: 'CancelCourseSession', courseId: 'c-1', sessionId: 's-1', ...acting }]);
    given(courseDecider, cancelled).when(complete()).thenFails('COURSE.NO_SESSIONS');
  });

  it('refuses completing while a session has no attendance recorded, naming it', () => {
    const events = run(planned(), [...threeSessions, ...enrol('p-1'), attendance('s-1', ['p-1']), attendance('s-2', ['p-1'])]);
    expect(given(courseDecider, events).when(complete()).thenFails('COURSE.ATTENDANCE_MISSING').details).toEqual({ sessionIds: ['s-3'] });
  });

  it('refuses completing while a learner who attended enough has no score, naming them', () => {
    const events = run(planned(), [
      ...threeSessions,
      ...enrol('p-1', 'p-2', 'p-3'),
      ...threeSessions.map((s) => attendance(sessionIdOf(s), ['p-1', 'p-2'])),
      assess('p-1', 80),
    ]);
    // p-3 attended nothing: failed whatever the score, so none is needed.
    expect(given(courseDecider, events).when(complete()).thenFails('COURSE.ASSESSMENT_MISSING').details).toEqual({ personIds: ['p-2'] });
  });

  it.each<CourseCommand>([
    complete(),
    { type: 'CancelCourse', courseId: 'c-1', reason: 'nhầm', ...acting },
    assess('p-1', 50),
    attendance('s-1', []),
    request('p-9'),
    session('s-9', '2026-04-09', 2),
  ])('changes nothing once completed: $type is refused as COURSE.CLOSED', (command) => {
    const completed = run(planned(), [
      ...threeSessions,
      ...enrol('p-1'),
      ...threeSessions.map((s) => attendance(sessionIdOf(s), ['p-1'])),
      assess('p-1', 80),
      complete(),
    ]);
    expect(given(courseDecider, completed).when(command).thenFails('COURSE.CLOSED').details).toEqual({ courseId: 'c-1', status: 'completed' });
  });
});

function sessionIdOf(command: CourseCommand): string {
  if (command.type !== 'ScheduleCourseSession') throw new Error('not a session');
  return command.sessionId;
}
