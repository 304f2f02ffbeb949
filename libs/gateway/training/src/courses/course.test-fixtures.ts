/** A course's events as its decider writes them, for the courses area's read-model specs. */

export const plannedCourse = (courseId = 'c1', extra: Record<string, unknown> = {}) => ({
  courseId,
  curriculumId: 'cur-1',
  title: 'Điều phối tình nguyện cấp xã',
  runningUnitId: 'commune-a',
  level: 'commune',
  mode: 'mixed',
  priorityAreas: ['mountain'],
  capacity: 2,
  waitlist: true,
  passMark: 60,
  minimumAttendanceShare: 0.8,
  startsOn: '2026-04-01',
  endsOn: '2026-04-30',
  trainerIds: ['t1'],
  materials: [{ materialId: 'handbook', version: 2 }],
  plannedBy: 'acc-1',
  plannedOn: '2026-03-01',
  ...extra,
});

export const session = (sessionId: string, date: string, hours: number, courseId = 'c1') => ({
  courseId,
  sessionId,
  date,
  hours,
  place: 'Nhà văn hoá xã',
  scheduledBy: 'acc-1',
  scheduledOn: '2026-03-02',
});

export const requested = (personId: string, unitId = 'branch-1', courseId = 'c1') => ({
  courseId,
  personId,
  personKind: 'cadre',
  unitId,
  abroad: false,
  requestedBy: 'acc-1',
  requestedOn: '2026-03-05',
});

export const learner = (personId: string, courseId = 'c1') => ({ courseId, personId });

export const result = (personId: string, score: number | undefined, attendedHours: number) => ({
  personId,
  personKind: 'cadre',
  unitId: 'branch-1',
  ...(score === undefined ? {} : { score }),
  attendedHours,
});
