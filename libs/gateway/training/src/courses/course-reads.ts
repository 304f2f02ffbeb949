import type { Connection } from 'mongoose';
import { eachDistinct, type GatewayContext, readerOf, ReadModelReads } from '@tn/gateway-core';
import { COURSES_COLLECTION, type CourseDoc } from './course.read-model';
import { type EnrolmentDoc, enrolmentIdOf, ENROLMENTS_COLLECTION } from './enrolment.read-model';
import { SESSION_ATTENDANCE_COLLECTION, type SessionAttendanceDoc, sessionAttendanceIdOf } from './session-attendance.read-model';

/** Reads of the course read models for one request (courses cached: enrolment lists name the same few). */
export class CourseReads {
  private readonly reads: ReadModelReads;
  private readonly courses = new Map<string, Promise<CourseDoc | undefined>>();

  constructor(connection: Connection) {
    this.reads = new ReadModelReads(connection);
  }

  course(courseId: string): Promise<CourseDoc | undefined> {
    let course = this.courses.get(courseId);
    if (!course) {
      course = this.reads.one<CourseDoc>(COURSES_COLLECTION, courseId);
      this.courses.set(courseId, course);
    }
    return course;
  }

  /** A unit's courses (those it runs), of one status or any. */
  coursesOf(runningUnitId: string, status?: string): Promise<CourseDoc[]> {
    return this.reads.where<CourseDoc>(COURSES_COLLECTION, status === undefined ? { runningUnitId } : { runningUnitId, status });
  }

  /** The courses a person teaches or taught (as a trainer named on them now). */
  coursesTaughtBy(personId: string): Promise<CourseDoc[]> {
    return this.reads.where<CourseDoc>(COURSES_COLLECTION, { trainerIds: personId });
  }

  enrolment(courseId: string, personId: string): Promise<EnrolmentDoc | undefined> {
    return this.reads.one<EnrolmentDoc>(ENROLMENTS_COLLECTION, enrolmentIdOf(courseId, personId));
  }

  enrolmentsOf(courseId: string, status?: string): Promise<EnrolmentDoc[]> {
    return this.reads.where<EnrolmentDoc>(ENROLMENTS_COLLECTION, status === undefined ? { courseId } : { courseId, status });
  }

  enrolmentsOfPerson(personId: string): Promise<EnrolmentDoc[]> {
    return this.reads.where<EnrolmentDoc>(ENROLMENTS_COLLECTION, { personId });
  }

  sessionAttendance(courseId: string, sessionId: string): Promise<SessionAttendanceDoc | undefined> {
    return this.reads.one<SessionAttendanceDoc>(SESSION_ATTENDANCE_COLLECTION, sessionAttendanceIdOf(courseId, sessionId));
  }

  /** The recorded attendance of each session of the course that has one, by session id (one lookup each). */
  async attendanceOf(course: Pick<CourseDoc, 'courseId' | 'sessions'>): Promise<Map<string, SessionAttendanceDoc>> {
    const recorded = course.sessions.filter((session) => session.attendanceRecorded).map((session) => session.sessionId);
    const docs = await eachDistinct(recorded, (sessionId) => this.sessionAttendance(course.courseId, sessionId));
    return new Map(docs.filter((doc): doc is SessionAttendanceDoc => doc !== undefined).map((doc) => [doc.sessionId, doc]));
  }
}

/** The request's CourseReads (one per request, over the core's read-model connection). */
export const coursesOf = (context: GatewayContext): CourseReads =>
  readerOf(context, 'training:courses', (readModels) => new CourseReads(readModels.connection));
