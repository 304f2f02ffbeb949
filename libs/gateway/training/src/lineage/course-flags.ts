import { holdsValidTrainerQualification } from '@tn/training-contracts';
import type { QualificationKindDoc } from '../qualifications/qualification-kind.read-model';
import type { TraineeDoc } from '../qualifications/trainee.read-model';

/**
 * Why a course is flagged: one of its trainers taught it after a trainer qualification of theirs
 * was revoked. Not why it was revoked: the course's learners read its flags, and the reason is
 * about the trainer (it stays with the kind's managers, in the person's qualification history).
 */
export interface CourseFlag {
  trainerId: string;
  kindId: string;
  recordId: string;
  revokedOn: string;
}

export interface FlaggableCourse {
  startsOn: string;
  endsOn: string;
  trainerIds: readonly string[];
}

/**
 * The flags of a course, computed when read from per-id lookups (the trainers' records and
 * their kinds), so a revocation recorded after the course was planned flags it at once and
 * nothing is stored twice. A trainer flags the course when a trainer qualification of theirs
 * was revoked on a date on or before the course's last day AND they do not hold a valid trainer
 * qualification on every day of the course (the course check's own rule, from the contracts): a
 * course held wholly before the revocation stays clean, and so does one a trainer taught under
 * another, still valid, trainer qualification.
 */
export function courseFlags(
  course: FlaggableCourse,
  trainers: ReadonlyMap<string, TraineeDoc | undefined>,
  kinds: ReadonlyMap<string, QualificationKindDoc>,
): CourseFlag[] {
  const flags: CourseFlag[] = [];
  const terms = [...kinds.values()];
  for (const trainerId of course.trainerIds) {
    const doc = trainers.get(trainerId);
    if (!doc) continue;
    const revocations = doc.revocations
      .filter((revocation) => kinds.get(revocation.kindId)?.isTrainerQualification === true && revocation.revokedOn <= course.endsOn)
      .sort((a, b) => a.revokedOn.localeCompare(b.revokedOn));
    const first = revocations[0];
    if (!first || holdsValidTrainerQualification(doc.records, terms, course.startsOn, course.endsOn)) continue;
    flags.push({ trainerId, kindId: first.kindId, recordId: first.recordId, revokedOn: first.revokedOn });
  }
  return flags;
}
