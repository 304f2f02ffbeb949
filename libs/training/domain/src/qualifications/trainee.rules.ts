import type { TraineePersonKind } from '@tn/training-contracts';
import type { RecognisePriorQualificationCommand, RecordCourseCompletionCommand, RecordCourseLedCommand, RevokeQualificationCommand } from './trainee.commands';
import { requireActDate, requirePersonKind, requireQualificationDate, requireQualificationText, requireTodayAndActor } from './qualification.rules';

/** A course's outcome for one person and kind, as the write side's reactor sends it; answers the person's kind. */
export function requireCourseOutcome(command: RecordCourseCompletionCommand | RecordCourseLedCommand): TraineePersonKind {
  requireQualificationText(command.personId, 'personId', 'a person');
  const personKind = requirePersonKind(command.personKind);
  requireQualificationText(command.kindId, 'kindId', 'a kind');
  requireQualificationText(command.courseId, 'courseId', 'a course');
  if (command.type === 'RecordCourseCompletion') requireQualificationText(command.curriculumId, 'curriculumId', 'a curriculum');
  requireQualificationDate(command.today, 'today');
  requireActDate(command.completedOn, command.today, 'completedOn');
  return personKind;
}

/** A recognition on evidence; answers the person's kind. */
export function requireRecognition(command: RecognisePriorQualificationCommand): TraineePersonKind {
  requireQualificationText(command.personId, 'personId', 'a person');
  const personKind = requirePersonKind(command.personKind);
  requireQualificationText(command.kindId, 'kindId', 'a kind');
  requireQualificationText(command.recordId, 'recordId', 'a record id');
  requireTodayAndActor(command.today, command.actorId);
  requireActDate(command.grantedOn, command.today, 'grantedOn');
  requireQualificationText(command.evidence, 'evidence', 'evidence of the prior qualification');
  return personKind;
}

export function requireRevocation(command: RevokeQualificationCommand): void {
  requireQualificationText(command.personId, 'personId', 'a person');
  requireQualificationText(command.kindId, 'kindId', 'a kind');
  requireQualificationText(command.recordId, 'recordId', 'a record id');
  requireTodayAndActor(command.today, command.actorId);
  requireActDate(command.revokedOn, command.today, 'revokedOn');
  requireQualificationText(command.reason, 'reason', 'a reason');
}
