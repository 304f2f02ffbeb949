import { commandType, eventType, IsFiniteNumber, IsIsoDate, IsNonEmptyText } from '@tn/shared-event-contracts';
import { IsArray, IsBoolean, IsOptional, IsString } from 'class-validator';
import type { TrainingCommandScope } from '../common/command-rights';
import { CourseCommandPayload, courseStreamId, onCourse } from './course.messages';

/**
 * A course's learners, on the course's stream: enrolment with approval, capacity and a FIFO
 * waitlist, attendance per session and assessment. Learners by id only; their kind and unit are
 * kept for the completion's results (who gets which qualification, counted for which unit).
 */

// ---- commands ------------------------------------------------------------------------------

/** `unitId` is the learner's own unit; `abroad` marks an online learner outside Vietnam (online or mixed courses only). */
export class RequestEnrolment extends CourseCommandPayload {
  @IsString() personId!: string;
  @IsString() personKind!: string;
  @IsString() unitId!: string;
  @IsBoolean() abroad!: boolean;
}
/** A place while one is free, else the waitlist when the course keeps one. */
export class ApproveEnrolment extends CourseCommandPayload {
  @IsString() personId!: string;
}
export class DeclineEnrolment extends CourseCommandPayload {
  @IsString() personId!: string;
  @IsString() reason!: string;
}
/** Leaving a confirmed place gives it to the first waitlisted learner, in the same decision. */
export class WithdrawEnrolment extends CourseCommandPayload {
  @IsString() personId!: string;
  @IsOptional() @IsString() reason?: string;
}
/** Everyone present at a session that took place (confirmed learners only); a second record replaces the first. */
export class RecordSessionAttendance extends CourseCommandPayload {
  @IsString() sessionId!: string;
  @IsArray() @IsString({ each: true }) presentPersonIds!: string[];
}
/** A confirmed learner's score, 0..100; a second one replaces the first. */
export class RecordAssessment extends CourseCommandPayload {
  @IsString() personId!: string;
  @IsFiniteNumber() score!: number;
}

/** What the course's trainers may do with `training:teach` alone; the running unit's managers too. */
const teaching = {
  streamId: (p: CourseCommandPayload) => courseStreamId(p.courseId),
  rights: (p: CourseCommandPayload): TrainingCommandScope => ({ ...onCourse(p.courseId), teachingCourseId: p.courseId }),
};

export const enrolmentCommandTypes = [
  // Nominating a learner: managers of the learner's unit (any unit may nominate to any course); a person may ask for themselves.
  commandType('RequestEnrolment', RequestEnrolment, {
    streamId: (p) => courseStreamId(p.courseId),
    rights: (p): TrainingCommandScope => ({ permission: 'training:write', units: [p.unitId], people: [p.personId], selfPersonId: p.personId }),
  }),
  commandType('ApproveEnrolment', ApproveEnrolment, { streamId: (p) => courseStreamId(p.courseId), rights: (p) => onCourse(p.courseId) }),
  commandType('DeclineEnrolment', DeclineEnrolment, { streamId: (p) => courseStreamId(p.courseId), rights: (p) => onCourse(p.courseId) }),
  commandType('WithdrawEnrolment', WithdrawEnrolment, {
    streamId: (p) => courseStreamId(p.courseId),
    rights: (p): TrainingCommandScope => ({ ...onCourse(p.courseId), selfPersonId: p.personId }),
  }),
  commandType('RecordSessionAttendance', RecordSessionAttendance, teaching),
  commandType('RecordAssessment', RecordAssessment, teaching),
] as const;

// ---- events --------------------------------------------------------------------------------

class LearnerData {
  @IsNonEmptyText() courseId!: string;
  @IsNonEmptyText() personId!: string;
}

export class EnrolmentRequested extends LearnerData {
  @IsNonEmptyText() personKind!: string;
  @IsNonEmptyText() unitId!: string;
  @IsBoolean() abroad!: boolean;
  @IsNonEmptyText() requestedBy!: string;
  @IsIsoDate() requestedOn!: string;
}
/** Approved into a free place. */
export class EnrolmentConfirmed extends LearnerData {
  @IsNonEmptyText() approvedBy!: string;
  @IsIsoDate() confirmedOn!: string;
}
/** Approved while the course was full: waits, first in first promoted. */
export class EnrolmentWaitlisted extends LearnerData {
  @IsNonEmptyText() approvedBy!: string;
  @IsIsoDate() waitlistedOn!: string;
}
export class EnrolmentDeclined extends LearnerData {
  @IsNonEmptyText() reason!: string;
  @IsNonEmptyText() declinedBy!: string;
  @IsIsoDate() declinedOn!: string;
}
/** `previousStatus`: pending, confirmed or waitlisted. */
export class EnrolmentWithdrawn extends LearnerData {
  @IsNonEmptyText() previousStatus!: string;
  @IsOptional() @IsString() reason?: string;
  @IsNonEmptyText() withdrawnBy!: string;
  @IsIsoDate() withdrawnOn!: string;
}
/** The first waitlisted learner takes a freed place. */
export class EnrolmentPromoted extends LearnerData {
  @IsIsoDate() promotedOn!: string;
}
/** Who was present at one session; replaces what was recorded for it before. */
export class SessionAttendanceRecorded {
  @IsNonEmptyText() courseId!: string;
  @IsNonEmptyText() sessionId!: string;
  @IsArray() @IsString({ each: true }) presentPersonIds!: string[];
  @IsNonEmptyText() recordedBy!: string;
  @IsIsoDate() recordedOn!: string;
}
/** A learner's score, 0..100; replaces an earlier one. */
export class LearnerAssessed extends LearnerData {
  @IsFiniteNumber() score!: number;
  @IsNonEmptyText() assessedBy!: string;
  @IsIsoDate() assessedOn!: string;
}

export const enrolmentEventTypes = [
  eventType('EnrolmentRequested', EnrolmentRequested),
  eventType('EnrolmentConfirmed', EnrolmentConfirmed),
  eventType('EnrolmentWaitlisted', EnrolmentWaitlisted),
  eventType('EnrolmentDeclined', EnrolmentDeclined),
  eventType('EnrolmentWithdrawn', EnrolmentWithdrawn),
  eventType('EnrolmentPromoted', EnrolmentPromoted),
  eventType('SessionAttendanceRecorded', SessionAttendanceRecorded),
  eventType('LearnerAssessed', LearnerAssessed),
] as const;
