import { learnerStanding } from './course-standing';
import type { CourseDoc } from './course.read-model';
import type { EnrolmentDoc } from './enrolment.read-model';
import type { SessionAttendanceDoc } from './session-attendance.read-model';

const sessionDoc = (sessionId: string, hours: number, cancelled = false) => ({
  sessionId,
  date: '2026-04-03',
  hours,
  cancelled,
  attendanceRecorded: true,
  presentCount: 0,
});
const course = {
  courseId: 'c1',
  passMark: 60,
  minimumAttendanceShare: 0.8,
  sessions: [sessionDoc('s1', 4), sessionDoc('s2', 4), sessionDoc('s3', 2, true)],
  scheduledHours: 8,
  waitlistedIds: ['p8', 'p9'],
} as unknown as CourseDoc;
const enrolment = (personId: string, extra: Partial<EnrolmentDoc> = {}) => ({ courseId: 'c1', personId, status: 'confirmed', ...extra }) as EnrolmentDoc;
const attendance = new Map<string, SessionAttendanceDoc>([
  ['s1', { courseId: 'c1', sessionId: 's1', presentPersonIds: ['p1', 'p2'], recordedOn: '', recordedBy: '' }],
  ['s2', { courseId: 'c1', sessionId: 's2', presentPersonIds: ['p1'], recordedOn: '', recordedBy: '' }],
  ['s3', { courseId: 'c1', sessionId: 's3', presentPersonIds: ['p2'], recordedOn: '', recordedBy: '' }],
]);

describe("a learner's standing on a course", () => {
  it("judges a learner before completion with the contracts' pass rule, on held sessions only", () => {
    expect(learnerStanding(enrolment('p1', { score: 60 }), course, attendance)).toEqual({
      attendedHours: 8,
      meetsAttendance: true,
      passing: true,
      waitlistPosition: null,
    });
    // 4 of 8 hours (the cancelled session does not count): below 80 %, whatever the score.
    expect(learnerStanding(enrolment('p2', { score: 95 }), course, attendance)).toMatchObject({ attendedHours: 4, meetsAttendance: false, passing: false });
    expect(learnerStanding(enrolment('p1', { score: 59.5 }), course, attendance).passing).toBe(false);
    expect(learnerStanding(enrolment('p1'), course, attendance).passing).toBe(false);
  });

  it('shows the waitlist position, and after completion what the completion decided', () => {
    expect(learnerStanding(enrolment('p9', { status: 'waitlisted' }), course, attendance)).toMatchObject({ waitlistPosition: 2, passing: false });
    const decided = enrolment('p2', { result: { passed: true, score: 70, attendedHours: 7, completedOn: '2026-04-30' } });
    expect(learnerStanding(decided, course, attendance)).toEqual({ attendedHours: 7, meetsAttendance: true, passing: true, waitlistPosition: null });
  });
});
