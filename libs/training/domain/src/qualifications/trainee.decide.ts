import { assertNever, type Decider } from '@tn/shared-decider';
import { courseRecordId, holderStatusOn, holdingOn, validUntilOfGrant, validUntilOfRenewal } from '@tn/training-contracts';
import { illegalStateAt, notFoundError, validationError } from '../common/errors';
import type { DefinedQualificationKind } from './qualification-kind.types';
import { requireKind } from './qualification.rules';
import type {
  RecognisePriorQualificationCommand,
  RecordCourseCompletionCommand,
  RecordCourseLedCommand,
  RevokeQualificationCommand,
  TraineeCommand,
} from './trainee.commands';
import type { TraineeEvent } from './trainee.events';
import { evolveTrainee, initialTrainee } from './trainee.evolve';
import { requireCourseOutcome, requireRecognition, requireRevocation } from './trainee.rules';
import { recordOf, type TraineeState } from './trainee.types';

/** The terms a new record takes from the kind as it stands. */
const newRecordTerms = (kind: DefinedQualificationKind, grantedOn: string, validUntil: string) => ({
  kindId: kind.kindId,
  kindRevision: kind.revision,
  grantedOn,
  validUntil,
  renewalWindowMonths: kind.renewalWindowMonths,
});

/**
 * The continuation of the person's standing in the kind on `on`: their best record, when it is
 * valid or expired but renewable and was never revoked (a revocation is not undone by a course).
 */
function renewalOf(state: TraineeState, kind: DefinedQualificationKind, on: string) {
  const holding = holdingOn(state.records, kind.kindId, on, kind.extensions);
  if (!holding || holding.record.revokedOn !== undefined) return { holding, validUntil: undefined };
  return { holding, validUntil: validUntilOfRenewal(holding, on, kind.validityYears) };
}

/**
 * A passed course of a curriculum the kind names: renews the standing qualification (from its
 * expiry while valid, from the completion while expired but renewable); otherwise only a
 * granting curriculum grants. A renewing (refresher) curriculum gives nothing once the renewal
 * window has passed ("lapsed": the full course again, which is what the window means), nor to
 * someone who never held the kind or whose qualification was revoked.
 */
function recordCompletion(command: RecordCourseCompletionCommand, state: TraineeState): TraineeEvent[] {
  const personKind = requireCourseOutcome(command);
  const kind = requireKind(command.kind, command.kindId);
  const recordId = courseRecordId(kind.kindId, command.courseId);
  if (recordOf(state, recordId)) return [];
  const grants = kind.grantingCurriculumIds.includes(command.curriculumId);
  if (!grants && !kind.renewingCurriculumIds.includes(command.curriculumId)) return [];
  const { personId, courseId, curriculumId, completedOn } = command;
  const { holding, validUntil } = renewalOf(state, kind, completedOn);
  if (holding && validUntil) {
    const data = { personId, personKind, recordId, ...newRecordTerms(kind, completedOn, validUntil), renewsRecordId: holding.record.recordId };
    return [{ type: 'QualificationRenewed', data: { ...data, courseId, basis: 'course-completed', curriculumId } }];
  }
  if (!grants) return [];
  const terms = newRecordTerms(kind, completedOn, validUntilOfGrant(completedOn, kind.validityYears));
  return [{ type: 'QualificationGranted', data: { personId, personKind, recordId, ...terms, courseId, curriculumId } }];
}

/** Leading a course renews a trainer qualification the trainer still holds (valid or renewable), when the kind says so. */
function recordLed(command: RecordCourseLedCommand, state: TraineeState): TraineeEvent[] {
  const personKind = requireCourseOutcome(command);
  const kind = requireKind(command.kind, command.kindId);
  const recordId = courseRecordId(kind.kindId, command.courseId);
  if (recordOf(state, recordId) || !kind.isTrainerQualification || !kind.leadingRenews) return [];
  const { personId, courseId, completedOn } = command;
  const { holding, validUntil } = renewalOf(state, kind, completedOn);
  if (!holding || !validUntil) return [];
  const data = { personId, personKind, recordId, ...newRecordTerms(kind, completedOn, validUntil), renewsRecordId: holding.record.recordId };
  return [{ type: 'QualificationRenewed', data: { ...data, courseId, basis: 'course-led' } }];
}

/** A qualification held before the platform, on evidence; not for someone who holds it valid today. */
function recognise(command: RecognisePriorQualificationCommand, state: TraineeState): TraineeEvent[] {
  const personKind = requireRecognition(command);
  const kind = requireKind(command.kind, command.kindId);
  const { personId, recordId, grantedOn, evidence, today, actorId } = command;
  if (recordOf(state, recordId)) throw illegalStateAt('QUALIFICATION.RECORD_EXISTS', 'recordId', `record ${recordId} exists already`, { recordId });
  if (holderStatusOn(state.records, kind.kindId, today, kind.extensions) === 'valid') {
    throw illegalStateAt('QUALIFICATION.ALREADY_HELD', 'kindId', `the person holds a valid ${kind.kindId} qualification`, { kindId: kind.kindId });
  }
  const terms = newRecordTerms(kind, grantedOn, validUntilOfGrant(grantedOn, kind.validityYears));
  return [{ type: 'PriorQualificationRecognised', data: { personId, personKind, recordId, ...terms, evidence, recognisedOn: today, recognisedBy: actorId } }];
}

/**
 * Withdraws the person's qualification of the kind from `revokedOn`: the record named and every
 * other record of the kind they hold, so no older or newer record keeps them qualified. A later
 * course grants afresh.
 */
function revoke(command: RevokeQualificationCommand, state: TraineeState): TraineeEvent[] {
  requireRevocation(command);
  const { personId, kindId, recordId, revokedOn, reason, actorId } = command;
  const record = recordOf(state, recordId);
  if (!record || record.kindId !== kindId) {
    throw notFoundError('QUALIFICATION.RECORD_NOT_FOUND', `the person has no ${kindId} record ${recordId}`, { recordId, kindId });
  }
  if (record.revokedOn !== undefined) {
    throw illegalStateAt('QUALIFICATION.ALREADY_REVOKED', 'recordId', `record ${recordId} was revoked from ${record.revokedOn}`, {
      revokedOn: record.revokedOn,
    });
  }
  if (revokedOn < record.grantedOn) {
    throw validationError('QUALIFICATION.REVOKED_BEFORE_GRANT', 'revokedOn', `the record was granted on ${record.grantedOn}`, { grantedOn: record.grantedOn });
  }
  const revokedRecordIds = state.records.filter((held) => held.kindId === kindId && held.revokedOn === undefined).map((held) => held.recordId);
  return [{ type: 'QualificationRevoked', data: { personId, kindId, recordId, revokedRecordIds, revokedOn, reason, revokedBy: actorId } }];
}

function decideTrainee(command: TraineeCommand, state: TraineeState): TraineeEvent[] {
  switch (command.type) {
    case 'RecordCourseCompletion':
      return recordCompletion(command, state);
    case 'RecordCourseLed':
      return recordLed(command, state);
    case 'RecognisePriorQualification':
      return recognise(command, state);
    case 'RevokeQualification':
      return revoke(command, state);
    default:
      return assertNever(command);
  }
}

/** A person's qualification records (one stream each): grants, renewals, recognitions, revocations. */
export const traineeDecider: Decider<TraineeCommand, TraineeEvent, TraineeState> = {
  initialState: initialTrainee,
  decide: decideTrainee,
  evolve: evolveTrainee,
};
