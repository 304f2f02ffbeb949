import type { CourseEnrolmentView, CourseSessionAttendanceView, CourseView } from './course.models';
import type { CourseDoc, CourseSessionDoc } from './course.read-model';
import type { LearnerStanding } from './course-standing';
import type { EnrolmentDoc } from './enrolment.read-model';
import type { SessionAttendanceDoc } from './session-attendance.read-model';

export const courseView = (doc: CourseDoc): CourseView => ({
  id: doc.courseId,
  curriculumId: doc.curriculumId,
  title: doc.title,
  runningUnitId: doc.runningUnitId,
  level: doc.level,
  mode: doc.mode,
  priorityAreas: doc.priorityAreas,
  capacity: doc.capacity,
  waitlist: doc.waitlist,
  passMark: doc.passMark,
  minimumAttendanceShare: doc.minimumAttendanceShare,
  startsOn: doc.startsOn,
  endsOn: doc.endsOn,
  trainerIds: doc.trainerIds,
  materials: doc.materials,
  sessions: doc.sessions.map((session) => ({
    ...session,
    place: session.place ?? null,
    link: session.link ?? null,
    cancelReason: session.cancelReason ?? null,
  })),
  scheduledHours: doc.scheduledHours,
  pendingCount: doc.pendingCount,
  confirmedCount: doc.confirmedCount,
  waitlistedCount: doc.waitlistedCount,
  waitlistedIds: doc.waitlistedIds,
  freePlaces: Math.max(0, doc.capacity - doc.confirmedCount),
  passedCount: doc.passedCount,
  notPassedCount: doc.notPassedCount,
  status: doc.status,
  plannedOn: doc.plannedOn,
  plannedBy: doc.plannedBy,
  completedOn: doc.completedOn ?? null,
  cancelledOn: doc.cancelledOn ?? null,
  cancelReason: doc.cancelReason ?? null,
});

export const enrolmentView = (doc: EnrolmentDoc, course: CourseDoc, standing: LearnerStanding): CourseEnrolmentView => ({
  courseId: doc.courseId,
  personId: doc.personId,
  personKind: doc.personKind,
  unitId: doc.unitId,
  abroad: doc.abroad,
  status: doc.status,
  waitlistPosition: standing.waitlistPosition,
  requestedOn: doc.requestedOn,
  requestedBy: doc.requestedBy,
  changedOn: doc.changedOn,
  reason: doc.reason ?? null,
  score: doc.score ?? null,
  assessedOn: doc.assessedOn ?? null,
  attendedHours: standing.attendedHours,
  meetsAttendance: standing.meetsAttendance,
  passing: standing.passing,
  result: doc.result ? { ...doc.result, score: doc.result.score ?? null } : null,
  courseTitle: course.title,
  courseStatus: course.status,
});

export const sessionAttendanceView = (courseId: string, session: CourseSessionDoc, doc: SessionAttendanceDoc | undefined): CourseSessionAttendanceView => ({
  courseId,
  sessionId: session.sessionId,
  date: session.date,
  hours: session.hours,
  recorded: doc !== undefined,
  presentPersonIds: doc?.presentPersonIds ?? [],
  recordedOn: doc?.recordedOn ?? null,
  recordedBy: doc?.recordedBy ?? null,
});
