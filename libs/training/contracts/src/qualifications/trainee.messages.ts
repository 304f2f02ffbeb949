import { commandType, eventType, IsIsoDate, IsNonEmptyText, streamIdOf } from '@tn/shared-event-contracts';
import { IsArray, IsIn, IsInt, IsOptional, IsString } from 'class-validator';
import type { TrainingCommandScope } from '../common/command-rights';

/**
 * A trainee's qualification records (one stream per person, cadre or volunteer, by id only):
 * grants, renewals, recognitions of prior qualifications and revocations. Renewal adds a record;
 * none is ever rewritten, so the history stays readable.
 */

export const TRAINEE_STREAM_TYPE = 'trainee';
export const traineeStreamId = (personId: string) => streamIdOf(TRAINEE_STREAM_TYPE, personId);

export const TRAINEE_PERSON_KINDS = ['cadre', 'volunteer'] as const;
export type TraineePersonKind = (typeof TRAINEE_PERSON_KINDS)[number];

/**
 * The id of the record a course gives a person in a kind: one per course and kind, so deciding
 * the same course twice finds it and decides nothing.
 */
export const courseRecordId = (kindId: string, courseId: string): string => `${kindId}:${courseId}`;

// ---- commands ------------------------------------------------------------------------------

class TraineeCommandPayload {
  @IsString() personId!: string;
  @IsString() kindId!: string;
}

/**
 * A learner passed a course whose curriculum may grant or renew `kindId` (the write side sends one
 * per kind that names the curriculum). Nothing is decided when the kind names neither, or when
 * this course was recorded already.
 */
export class RecordCourseCompletion extends TraineeCommandPayload {
  @IsString() personKind!: string;
  @IsString() courseId!: string;
  @IsString() curriculumId!: string;
  @IsString() completedOn!: string;
}
/** A trainer led a course to completion: renews their trainer qualification when the kind says leading renews. */
export class RecordCourseLed extends TraineeCommandPayload {
  @IsString() personKind!: string;
  @IsString() courseId!: string;
  @IsString() completedOn!: string;
}
/** A qualification held before the platform (the first trainers of a programme), on evidence. */
export class RecognisePriorQualification extends TraineeCommandPayload {
  @IsString() personKind!: string;
  @IsString() recordId!: string;
  @IsString() grantedOn!: string;
  @IsString() evidence!: string;
}
/** Withdraws the person's qualification of the kind from `revokedOn`: every record of it they hold. */
export class RevokeQualification extends TraineeCommandPayload {
  @IsString() recordId!: string;
  @IsString() revokedOn!: string;
  @IsString() reason!: string;
}

const onTrainee = (p: TraineeCommandPayload) => traineeStreamId(p.personId);
// Recognising and revoking: the permission over the unit that owns the kind; for a trainer kind, a system administrator only.
const onKindOf = (p: TraineeCommandPayload): TrainingCommandScope => ({
  permission: 'training:write',
  units: [],
  catalogueItem: { kind: 'qualification-kind', id: p.kindId },
  people: [p.personId],
  nationalIfTrainerKind: p.kindId,
});
// Course outcomes come only from a course's completion (the write side's reactor decides them in
// the service): from the command topic they are refused to everyone, admins included.
const onCourse = (p: RecordCourseCompletion | RecordCourseLed): TrainingCommandScope => ({
  permission: 'training:write',
  units: [],
  courseId: p.courseId,
  people: [p.personId],
  systemOnly: true,
});

export const traineeCommandTypes = [
  commandType('RecordCourseCompletion', RecordCourseCompletion, { streamId: onTrainee, rights: onCourse }),
  commandType('RecordCourseLed', RecordCourseLed, { streamId: onTrainee, rights: onCourse }),
  commandType('RecognisePriorQualification', RecognisePriorQualification, { streamId: onTrainee, rights: onKindOf }),
  commandType('RevokeQualification', RevokeQualification, { streamId: onTrainee, rights: onKindOf }),
] as const;

// ---- events --------------------------------------------------------------------------------

/** A new record: its terms are the kind's at `kindRevision`, fixed for good. */
class QualificationRecordData {
  @IsNonEmptyText() personId!: string;
  @IsIn(TRAINEE_PERSON_KINDS) personKind!: TraineePersonKind;
  @IsNonEmptyText() recordId!: string;
  @IsNonEmptyText() kindId!: string;
  @IsInt() kindRevision!: number;
  @IsIsoDate() grantedOn!: string;
  /** The last valid day, before blanket extensions. */
  @IsIsoDate() validUntil!: string;
  @IsInt() renewalWindowMonths!: number;
}

/** A course granted the qualification (first time, or after the renewal window). */
export class QualificationGranted extends QualificationRecordData {
  @IsNonEmptyText() courseId!: string;
  @IsNonEmptyText() curriculumId!: string;
}
/** A course completed or led continued `renewsRecordId`; `curriculumId` when completed. */
export class QualificationRenewed extends QualificationRecordData {
  @IsNonEmptyText() renewsRecordId!: string;
  @IsNonEmptyText() courseId!: string;
  @IsIn(['course-completed', 'course-led']) basis!: 'course-completed' | 'course-led';
  @IsOptional() @IsNonEmptyText() curriculumId?: string;
}
export class PriorQualificationRecognised extends QualificationRecordData {
  @IsNonEmptyText() evidence!: string;
  @IsIsoDate() recognisedOn!: string;
  @IsNonEmptyText() recognisedBy!: string;
}
/** `revokedRecordIds`: every record of the kind the person held, `recordId` among them, revoked from `revokedOn`. */
export class QualificationRevoked {
  @IsNonEmptyText() personId!: string;
  @IsNonEmptyText() kindId!: string;
  @IsNonEmptyText() recordId!: string;
  @IsArray() @IsString({ each: true }) revokedRecordIds!: string[];
  @IsIsoDate() revokedOn!: string;
  @IsNonEmptyText() reason!: string;
  @IsNonEmptyText() revokedBy!: string;
}

export const traineeEventTypes = [
  eventType('QualificationGranted', QualificationGranted),
  eventType('QualificationRenewed', QualificationRenewed),
  eventType('PriorQualificationRecognised', PriorQualificationRecognised),
  eventType('QualificationRevoked', QualificationRevoked),
] as const;
