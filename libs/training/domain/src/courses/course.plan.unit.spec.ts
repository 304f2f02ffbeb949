import { given } from '@tn/shared-decider';
import type { CourseCommand, PlanCourse } from './course.commands';
import { courseDecider } from './course.decide';
import { courseStreamId } from './course.events';
import { acting, attendance, courseOf, enrol, MANAGER, plan, planned, run, session, TODAY, withdraw } from './course.test-fixtures';

const plannedData = {
  courseId: 'c-1',
  curriculumId: 'cur-coordination',
  title: 'Điều phối hoạt động tình nguyện cấp xã',
  runningUnitId: 'u-lao-cai',
  level: 'commune',
  mode: 'mixed',
  priorityAreas: ['mountain', 'border'],
  capacity: 3,
  waitlist: true,
  passMark: 70,
  minimumAttendanceShare: 0.8,
  startsOn: '2026-04-06',
  endsOn: '2026-04-10',
  trainerIds: ['t-1', 't-2'],
  materials: [{ materialId: 'handbook', version: 2 }],
  plannedBy: MANAGER,
  plannedOn: TODAY,
};
const assign = (personId: string, holdsValidTrainerQualification = true, factFor = personId): CourseCommand => ({
  type: 'AssignCourseTrainer',
  courseId: 'c-1',
  personId,
  trainer: { personId: factFor, holdsValidTrainerQualification },
  ...acting,
});
const remove = (personId: string): CourseCommand => ({ type: 'RemoveCourseTrainer', courseId: 'c-1', personId, ...acting });
const cancelSession = (sessionId: string): CourseCommand => ({ type: 'CancelCourseSession', courseId: 'c-1', sessionId, reason: 'mưa lũ', ...acting });
const cancelCourse: CourseCommand = { type: 'CancelCourse', courseId: 'c-1', reason: 'sạt lở đường', ...acting };
const whenPlanning = (overrides: Partial<PlanCourse>) => given(courseDecider).when({ ...plan, ...overrides });

describe('planning a course', () => {
  it('plans a course on its own stream with the default attendance share, signed and dated by the act', () => {
    given(courseDecider)
      .when(plan)
      .then([{ type: 'CoursePlanned', data: plannedData }]);
    expect(courseStreamId('c-1')).toBe('course-c-1');
  });

  it('keeps an attendance share the plan states', () => {
    given(courseDecider)
      .when({ ...plan, minimumAttendanceShare: 0.5 })
      .then([{ type: 'CoursePlanned', data: { ...plannedData, minimumAttendanceShare: 0.5 } }]);
  });

  it('records the material version it teaches, not the latest the catalogue holds', () => {
    const materialVersions = [
      { materialId: 'handbook', version: 2, exists: true, approved: true },
      { materialId: 'handbook', version: 3, exists: true, approved: true },
    ];
    given(courseDecider)
      .when({ ...plan, materialVersions })
      .then([{ type: 'CoursePlanned', data: plannedData }]);
  });

  it('refuses planning a course that already exists', () => {
    given(courseDecider, planned()).when(plan).thenFails('COURSE.ALREADY_EXISTS');
  });

  it('refuses a trainer without a valid trainer qualification over the course dates, naming them', () => {
    const trainers = [
      { personId: 't-1', holdsValidTrainerQualification: true },
      { personId: 't-2', holdsValidTrainerQualification: false },
    ];
    const error = whenPlanning({ trainers }).thenFails('COURSE.TRAINER_NOT_QUALIFIED');
    expect([error.field, error.details]).toEqual(['trainerIds', { personIds: ['t-2'], trainers: 't-2', startsOn: '2026-04-06', endsOn: '2026-04-10' }]);
    expect(error.message).toContain('t-2');
  });

  it('counts a trainer the route found no qualification fact for as unqualified', () => {
    const error = whenPlanning({ trainers: [{ personId: 't-1', holdsValidTrainerQualification: true }] }).thenFails('COURSE.TRAINER_NOT_QUALIFIED');
    expect(error.details).toMatchObject({ personIds: ['t-2'] });
  });

  it('refuses a course without a trainer', () => {
    expect(whenPlanning({ trainerIds: [], trainers: [] }).thenFails('COURSE.TRAINER_REQUIRED').field).toBe('trainerIds');
  });

  it.each(['retired', 'none'] as const)('refuses a curriculum that is %s', (status) => {
    expect(whenPlanning({ curriculum: { status } }).thenFails('COURSE.CURRICULUM_UNAVAILABLE').details).toEqual({ curriculumId: 'cur-coordination', status });
  });

  it.each([
    ['not-approved', { materialId: 'handbook', version: 2, exists: true, approved: false }],
    ['not-found', { materialId: 'handbook', version: 2, exists: false, approved: false }],
    ['not-found', { materialId: 'handbook', version: 1, exists: true, approved: true }],
  ] as const)('refuses a material version that is %s', (problem, fact) => {
    const error = whenPlanning({ materialVersions: [fact] }).thenFails('COURSE.MATERIAL_UNAVAILABLE');
    expect([error.field, error.details]).toEqual(['materials.0', { materialId: 'handbook', version: 2, problem }]);
  });

  it.each<[string, Partial<PlanCourse>, string, string]>([
    ['an empty title', { title: ' ' }, 'COURSE.VALUE_REQUIRED', 'title'],
    ['an unknown level', { level: 'district' }, 'COURSE.VALUE_UNKNOWN', 'level'],
    ['an unknown mode', { mode: 'radio' }, 'COURSE.VALUE_UNKNOWN', 'mode'],
    ['an unknown priority area', { priorityAreas: ['mountain', 'desert'] }, 'COURSE.VALUE_UNKNOWN', 'priorityAreas.1'],
    ['a priority area twice', { priorityAreas: ['border', 'border'] }, 'COURSE.LIST_INVALID', 'priorityAreas'],
    ['a capacity of 0', { capacity: 0 }, 'COURSE.NUMBER_OUT_OF_RANGE', 'capacity'],
    ['a capacity above the largest course', { capacity: 1001 }, 'COURSE.NUMBER_OUT_OF_RANGE', 'capacity'],
    ['a fractional capacity', { capacity: 2.5 }, 'COURSE.NUMBER_OUT_OF_RANGE', 'capacity'],
    ['a pass mark above 100', { passMark: 100.5 }, 'COURSE.NUMBER_OUT_OF_RANGE', 'passMark'],
    ['a negative pass mark', { passMark: -1 }, 'COURSE.NUMBER_OUT_OF_RANGE', 'passMark'],
    ['an attendance share above 1', { minimumAttendanceShare: 1.2 }, 'COURSE.NUMBER_OUT_OF_RANGE', 'minimumAttendanceShare'],
    ['a start that is not a calendar date', { startsOn: '2026-02-30' }, 'COURSE.DATE_INVALID', 'startsOn'],
    ['an end before the start', { endsOn: '2026-04-05' }, 'COURSE.PERIOD_INVALID', 'endsOn'],
    ['a trainer named twice', { trainerIds: ['t-1', 't-1'] }, 'COURSE.LIST_INVALID', 'trainerIds'],
    [
      'a material named twice',
      {
        materials: [
          { materialId: 'handbook', version: 2 },
          { materialId: 'handbook', version: 3 },
        ],
      },
      'COURSE.LIST_INVALID',
      'materials',
    ],
    ['a material version 0', { materials: [{ materialId: 'handbook', version: 0 }] }, 'COURSE.NUMBER_OUT_OF_RANGE', 'materials.0.version'],
    ['a server date that is no date', { today: '10/04/2026' }, 'COURSE.DATE_INVALID', 'today'],
    ['no acting user', { actorId: '' }, 'COURSE.VALUE_REQUIRED', 'actorId'],
  ])('refuses %s, naming the field', (_, overrides, code, field) => {
    expect(whenPlanning(overrides).thenFails(code).field).toBe(field);
  });

  it('takes a one-day course, a pass mark of 0 and 100, and a share of 0 and 1 (the bounds)', () => {
    for (const overrides of [{ endsOn: '2026-04-06' }, { passMark: 0, minimumAttendanceShare: 0 }, { passMark: 100, minimumAttendanceShare: 1 }]) {
      expect(courseDecider.decide({ ...plan, ...overrides }, courseDecider.initialState())).toHaveLength(1);
    }
  });

  it('refuses any command on a course never planned', () => {
    given(courseDecider)
      .when(session('s-1', '2026-04-06', 4))
      .thenFails('COURSE.NOT_FOUND');
  });
});

describe('sessions', () => {
  it('schedules a session on a date within the course, with its hours and place', () => {
    given(courseDecider, planned())
      .when(session('s-1', '2026-04-06', 3.5))
      .then([
        {
          type: 'CourseSessionScheduled',
          data: { courseId: 'c-1', sessionId: 's-1', date: '2026-04-06', hours: 3.5, place: 'Nhà văn hoá xã Tả Van', scheduledBy: MANAGER, scheduledOn: TODAY },
        },
      ]);
  });

  it('takes sessions on the first and the last day, and refuses one a day outside', () => {
    expect(run(planned(), [session('s-1', '2026-04-06', 4), session('s-2', '2026-04-10', 4)])).toHaveLength(3);
    const before = given(courseDecider, planned())
      .when(session('s-1', '2026-04-05', 4))
      .thenFails('COURSE.SESSION_OUTSIDE_DATES');
    expect([before.field, before.details]).toEqual(['date', { startsOn: '2026-04-06', endsOn: '2026-04-10' }]);
    given(courseDecider, planned())
      .when(session('s-1', '2026-04-11', 4))
      .thenFails('COURSE.SESSION_OUTSIDE_DATES');
  });

  it.each([0.25, 12.25, 0.6, Number.NaN])('refuses a session of %s hours (half an hour to 12, in quarter hours)', (hours) => {
    expect(
      given(courseDecider, planned())
        .when(session('s-1', '2026-04-06', hours))
        .thenFails('COURSE.NUMBER_OUT_OF_RANGE').field,
    ).toBe('hours');
  });

  it('takes sessions of half an hour and of 12 hours', () => {
    expect(courseOf(run(planned(), [session('s-1', '2026-04-06', 0.5), session('s-2', '2026-04-07', 12)])).sessions.size).toBe(2);
  });

  it('needs a place in person, an https link online, and either for a mixed course', () => {
    const withVenue = (venue: { place?: string; link?: string }): CourseCommand => ({ ...session('s-1', '2026-04-06', 2), place: undefined, ...venue });
    given(courseDecider, planned({ mode: 'in-person' }))
      .when(withVenue({ link: 'https://meet.example.org/a' }))
      .thenFails('COURSE.SESSION_VENUE_INVALID');
    const online = given(courseDecider, planned({ mode: 'online' }))
      .when(withVenue({ place: 'Hội trường' }))
      .thenFails('COURSE.SESSION_VENUE_INVALID');
    expect([online.field, online.details]).toEqual(['link', { mode: 'online' }]);
    given(courseDecider, planned({ mode: 'online' }))
      .when(withVenue({ link: 'http://meet.example.org/a' }))
      .thenFails('COURSE.SESSION_VENUE_INVALID');
    given(courseDecider, planned()).when(withVenue({})).thenFails('COURSE.SESSION_VENUE_INVALID');
    given(courseDecider, planned())
      .when(withVenue({ link: 'https://meet.example.org/a' }))
      .then([
        {
          type: 'CourseSessionScheduled',
          data: {
            courseId: 'c-1',
            sessionId: 's-1',
            date: '2026-04-06',
            hours: 2,
            link: 'https://meet.example.org/a',
            scheduledBy: MANAGER,
            scheduledOn: TODAY,
          },
        },
      ]);
  });

  it('refuses a session id already used, even by a cancelled session', () => {
    const events = run(planned(), [session('s-1', '2026-04-06', 4), cancelSession('s-1')]);
    given(courseDecider, events)
      .when(session('s-1', '2026-04-07', 4))
      .thenFails('COURSE.SESSION_EXISTS');
  });

  it('cancels a session not yet held', () => {
    given(courseDecider, run(planned(), [session('s-1', '2026-04-06', 4)]))
      .when(cancelSession('s-1'))
      .then([{ type: 'CourseSessionCancelled', data: { courseId: 'c-1', sessionId: 's-1', reason: 'mưa lũ', cancelledBy: MANAGER, cancelledOn: TODAY } }]);
  });

  it('refuses cancelling an unknown session, a cancelled one, or one whose attendance was recorded', () => {
    given(courseDecider, planned()).when(cancelSession('s-9')).thenFails('COURSE.SESSION_NOT_FOUND');
    given(courseDecider, run(planned(), [session('s-1', '2026-04-06', 4), cancelSession('s-1')]))
      .when(cancelSession('s-1'))
      .thenFails('COURSE.SESSION_CANCELLED');
    const held = run(planned(), [session('s-1', '2026-04-06', 4), ...enrol('p-1'), attendance('s-1', ['p-1'])]);
    given(courseDecider, held).when(cancelSession('s-1')).thenFails('COURSE.SESSION_HELD');
  });
});

describe('trainers', () => {
  it('assigns a trainer qualified over the course dates', () => {
    given(courseDecider, planned())
      .when(assign('t-3'))
      .then([{ type: 'CourseTrainerAssigned', data: { courseId: 'c-1', personId: 't-3', assignedBy: MANAGER, assignedOn: TODAY } }]);
  });

  it('refuses assigning an unqualified trainer, naming them, and takes no fact about someone else', () => {
    const error = given(courseDecider, planned()).when(assign('t-3', false)).thenFails('COURSE.TRAINER_NOT_QUALIFIED');
    expect([error.field, error.details]).toEqual(['personId', { personIds: ['t-3'], trainers: 't-3', startsOn: '2026-04-06', endsOn: '2026-04-10' }]);
    given(courseDecider, planned())
      .when(assign('t-3', true, 't-1'))
      .thenFails('COURSE.TRAINER_NOT_QUALIFIED');
  });

  it('refuses assigning a trainer twice, or one of the course learners', () => {
    given(courseDecider, planned()).when(assign('t-1')).thenFails('COURSE.TRAINER_ALREADY_ASSIGNED');
    const error = given(courseDecider, run(planned(), enrol('p-1')))
      .when(assign('p-1'))
      .thenFails('COURSE.TRAINER_AND_LEARNER');
    expect(error.details).toEqual({ personId: 'p-1', status: 'confirmed' });
  });

  it('removes a trainer while another stays', () => {
    given(courseDecider, planned())
      .when(remove('t-2'))
      .then([{ type: 'CourseTrainerRemoved', data: { courseId: 'c-1', personId: 't-2', removedBy: MANAGER, removedOn: TODAY } }]);
    expect(courseOf(run(planned(), [remove('t-2')])).trainerIds).toEqual(['t-1']);
  });

  it('refuses removing the last trainer, or someone who does not teach the course', () => {
    given(courseDecider, run(planned(), [remove('t-2')]))
      .when(remove('t-1'))
      .thenFails('COURSE.TRAINER_REQUIRED');
    given(courseDecider, planned()).when(remove('t-9')).thenFails('COURSE.TRAINER_NOT_ASSIGNED');
  });
});

describe('cancelling a course', () => {
  it('cancels an open course with a reason', () => {
    given(courseDecider, planned())
      .when(cancelCourse)
      .then([{ type: 'CourseCancelled', data: { courseId: 'c-1', reason: 'sạt lở đường', cancelledBy: MANAGER, cancelledOn: TODAY } }]);
  });

  it('refuses a cancellation without a reason', () => {
    expect(
      given(courseDecider, planned())
        .when({ ...cancelCourse, reason: ' ' })
        .thenFails('COURSE.VALUE_REQUIRED').field,
    ).toBe('reason');
  });

  it.each<CourseCommand>([
    session('s-2', '2026-04-07', 4),
    cancelSession('s-1'),
    assign('t-3'),
    remove('t-2'),
    {
      type: 'RequestEnrolment',
      courseId: 'c-1',
      personId: 'p-9',
      personKind: 'cadre',
      unitId: 'u-1',
      abroad: false,
      missingPrerequisiteKindIds: [],
      ...acting,
    },
    withdraw('p-1'),
    attendance('s-1', ['p-1']),
    { type: 'CompleteCourse', courseId: 'c-1', completedOn: TODAY, ...acting },
    cancelCourse,
  ])('changes nothing on a cancelled course: $type is refused as COURSE.CLOSED', (command) => {
    const cancelled = run(planned(), [session('s-1', '2026-04-06', 4), ...enrol('p-1'), cancelCourse]);
    expect(given(courseDecider, cancelled).when(command).thenFails('COURSE.CLOSED').details).toEqual({ courseId: 'c-1', status: 'cancelled' });
  });
});
