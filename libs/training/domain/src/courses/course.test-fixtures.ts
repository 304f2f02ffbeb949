import { fold } from '@tn/shared-decider';
import type { CourseCommand, PlanCourse } from './course.commands';
import { courseDecider } from './course.decide';
import type { CourseEvent } from './course.events';
import type { Course } from './course.types';

/** A commune course in the mountains of Lào Cai: 6 to 10 April 2026, three places and a waitlist, two trainers. */
export const TODAY = '2026-04-10';
export const MANAGER = 'manager-1';
export const acting = { today: TODAY, actorId: MANAGER };

export const plan: PlanCourse = {
  type: 'PlanCourse',
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
  startsOn: '2026-04-06',
  endsOn: '2026-04-10',
  trainerIds: ['t-1', 't-2'],
  materials: [{ materialId: 'handbook', version: 2 }],
  curriculum: { status: 'published' },
  materialVersions: [{ materialId: 'handbook', version: 2, exists: true, approved: true }],
  trainers: [
    { personId: 't-1', holdsValidTrainerQualification: true },
    { personId: 't-2', holdsValidTrainerQualification: true },
  ],
  ...acting,
};

/** Runs commands one after another, as the command handler would, keeping every event. */
export function run(history: readonly CourseEvent[], commands: readonly CourseCommand[]): CourseEvent[] {
  return commands.reduce<CourseEvent[]>((events, command) => [...events, ...courseDecider.decide(command, fold(courseDecider, events))], [...history]);
}
export const courseOf = (events: readonly CourseEvent[]) => fold(courseDecider, events) as Course;
export const planned = (overrides: Partial<PlanCourse> = {}): CourseEvent[] => run([], [{ ...plan, ...overrides }]);

export const session = (sessionId: string, date: string, hours: number): CourseCommand => ({
  type: 'ScheduleCourseSession',
  courseId: 'c-1',
  sessionId,
  date,
  hours,
  place: 'Nhà văn hoá xã Tả Van',
  ...acting,
});
export const request = (personId: string, overrides: Partial<Extract<CourseCommand, { type: 'RequestEnrolment' }>> = {}): CourseCommand => ({
  type: 'RequestEnrolment',
  courseId: 'c-1',
  personId,
  personKind: 'cadre',
  unitId: 'u-ta-van',
  abroad: false,
  missingPrerequisiteKindIds: [],
  ...acting,
  ...overrides,
});
export const approve = (personId: string): CourseCommand => ({ type: 'ApproveEnrolment', courseId: 'c-1', personId, ...acting });
export const withdraw = (personId: string, reason?: string): CourseCommand => ({
  type: 'WithdrawEnrolment',
  courseId: 'c-1',
  personId,
  ...(reason === undefined ? {} : { reason }),
  ...acting,
});
/** Requested and approved, in this order. */
export const enrol = (...personIds: string[]): CourseCommand[] => personIds.flatMap((personId) => [request(personId), approve(personId)]);
export const attendance = (sessionId: string, presentPersonIds: string[], today = TODAY): CourseCommand => ({
  type: 'RecordSessionAttendance',
  courseId: 'c-1',
  sessionId,
  presentPersonIds,
  ...acting,
  today,
});
export const assess = (personId: string, score: number): CourseCommand => ({
  type: 'RecordAssessment',
  courseId: 'c-1',
  personId,
  score,
  actorId: 't-1',
  today: TODAY,
});
export const complete = (completedOn = TODAY, today = TODAY): CourseCommand => ({ type: 'CompleteCourse', courseId: 'c-1', completedOn, ...acting, today });

/** Three sessions of 4, 4 and 2 hours: 10 hours scheduled, so 8 hours meet the default share of 0.8. */
export const threeSessions = [session('s-1', '2026-04-06', 4), session('s-2', '2026-04-07', 4), session('s-3', '2026-04-08', 2)];
