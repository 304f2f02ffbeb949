import { enrolmentEventTypes, type QualificationRecord, traineeEventTypes } from '@tn/training-contracts';
import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import { type EnvelopeOf, type EventsOf, eventTypesNamed } from '@tn/shared-event-contracts';

export const TRAINEES_COLLECTION = 'gw_training_trainees';

/** How a record came to be, in the domain's words. */
export type RecordOrigin = 'course-completed' | 'course-led' | 'prior-recognition';

/** One qualification record as the person's trainee stream holds it, with what the read side derives. */
export interface QualificationRecordDoc extends QualificationRecord {
  origin: RecordOrigin;
  kindRevision: number;
  courseId?: string;
  curriculumId?: string;
  renewsRecordId?: string;
  evidence?: string;
  /**
   * Derived: the unit the holder learned in (their enrolment's unit in the course that granted
   * it; a renewal keeps the unit of the record it renews). Absent for a prior recognition.
   */
  unitId?: string;
  /** Derived: why it was revoked (with `revokedOn`). */
  revocationReason?: string;
}

/** A revocation as its event states it, kept whole: it withdraws the records it names whenever they arrive. */
export interface RevocationDoc {
  recordId: string;
  kindId: string;
  revokedRecordIds: string[];
  revokedOn: string;
  reason: string;
}

/** The unit a person enrolled from, per course (the unit CourseCompleted names for them). */
export interface EnrolmentUnitDoc {
  courseId: string;
  unitId: string;
}

/**
 * One person's qualifications (the gateway's trainee read model): every record of their trainee
 * stream, joined with the units they enrolled from. The derived fields are recomputed from the
 * kept facts after every event, so the trainee stream and the course streams may interleave in
 * any order.
 */
export interface TraineeDoc {
  personId: string;
  personKind?: string;
  records: QualificationRecordDoc[];
  revocations: RevocationDoc[];
  enrolmentUnits: EnrolmentUnitDoc[];
  /** Kinds of the records: `{ kindIds }` finds a kind's holders (the extension preview). */
  kindIds: string[];
  /** Units of the records. */
  unitIds: string[];
  /**
   * Each record's unit and kind as one key (unitKindKeyOf): `{ unitKinds }` finds a unit's holders
   * of a kind, one query per unit of a subtree. One array field, because a compound index over two
   * arrays is refused by MongoDB ("parallel arrays"), which the read models must keep working on.
   */
  unitKinds: string[];
}

/** The key of a unit and a kind: '/' is outside the id grammar, so no two pairs share one. */
export const unitKindKeyOf = (unitId: string, kindId: string) => `${unitId}/${kindId}`;

export const traineeEvents = [...traineeEventTypes, ...eventTypesNamed(enrolmentEventTypes, 'EnrolmentRequested')];
type TraineeEvent = EnvelopeOf<EventsOf<typeof traineeEvents>>;
type RecordEvent = Extract<TraineeEvent, { type: 'QualificationGranted' | 'QualificationRenewed' | 'PriorQualificationRecognised' }>;

const emptyTrainee = (personId: string): TraineeDoc => ({
  personId,
  records: [],
  revocations: [],
  enrolmentUnits: [],
  kindIds: [],
  unitIds: [],
  unitKinds: [],
});

function recordOf(event: RecordEvent): QualificationRecordDoc {
  const { recordId, kindId, kindRevision, grantedOn, validUntil, renewalWindowMonths } = event.data;
  const base = { recordId, kindId, kindRevision, grantedOn, validUntil, renewalWindowMonths };
  switch (event.type) {
    case 'QualificationGranted':
      return { ...base, origin: 'course-completed', courseId: event.data.courseId, curriculumId: event.data.curriculumId };
    case 'QualificationRenewed': {
      const { basis, courseId, curriculumId, renewsRecordId } = event.data;
      return { ...base, origin: basis, courseId, renewsRecordId, ...(typeof curriculumId === 'string' ? { curriculumId } : {}) };
    }
    case 'PriorQualificationRecognised':
      return { ...base, origin: 'prior-recognition', evidence: event.data.evidence };
    default:
      return assertNever(event);
  }
}

/**
 * The unit a record counts in: the enrolment's unit of the course a learner completed; a
 * trainer's renewal by leading is no enrolment, so it keeps the unit of the record it renews.
 */
function unitOfRecord(
  record: QualificationRecordDoc,
  byId: ReadonlyMap<string, QualificationRecordDoc>,
  units: readonly EnrolmentUnitDoc[],
): string | undefined {
  const seen = new Set<string>();
  for (let current: QualificationRecordDoc | undefined = record; current && !seen.has(current.recordId);) {
    seen.add(current.recordId);
    const courseId = current.origin === 'course-led' ? undefined : current.courseId;
    const enrolment = courseId === undefined ? undefined : units.find((each) => each.courseId === courseId);
    if (enrolment) return enrolment.unitId;
    current = current.renewsRecordId === undefined ? undefined : byId.get(current.renewsRecordId);
  }
  return undefined;
}

const distinctSorted = (values: readonly (string | undefined)[]) => [...new Set(values.filter((value): value is string => value !== undefined))].sort();

/** The derived fields (revocation, unit, the lists the indexes serve), from the kept facts. */
export function withDerived(doc: TraineeDoc): TraineeDoc {
  const byId = new Map(doc.records.map((record) => [record.recordId, record]));
  const records = doc.records.map((stored) => {
    const { unitId: _unit, revokedOn: _revoked, revocationReason: _reason, ...record } = stored;
    // The earliest revocation naming it stands (a record revoked twice was withdrawn from the first date).
    const revocation = doc.revocations
      .filter((each) => each.revokedRecordIds.includes(record.recordId))
      .reduce<RevocationDoc | undefined>((first, each) => (first === undefined || each.revokedOn < first.revokedOn ? each : first), undefined);
    const unitId = unitOfRecord(stored, byId, doc.enrolmentUnits);
    return {
      ...record,
      ...(unitId === undefined ? {} : { unitId }),
      ...(revocation ? { revokedOn: revocation.revokedOn, revocationReason: revocation.reason } : {}),
    };
  });
  return {
    ...doc,
    records,
    kindIds: distinctSorted(records.map((r) => r.kindId)),
    unitIds: distinctSorted(records.map((r) => r.unitId)),
    unitKinds: distinctSorted(records.map((r) => (r.unitId === undefined ? undefined : unitKindKeyOf(r.unitId, r.kindId)))),
  };
}

/** Pure: the person's document after one of their trainee events or enrolment requests. */
export function evolveTrainee(doc: TraineeDoc | null, event: TraineeEvent): TraineeDoc {
  const current = doc ?? emptyTrainee(event.data.personId);
  switch (event.type) {
    case 'QualificationGranted':
    case 'QualificationRenewed':
    case 'PriorQualificationRecognised': {
      const record = recordOf(event);
      const records = [...current.records.filter((each) => each.recordId !== record.recordId), record];
      return withDerived({ ...current, personKind: event.data.personKind, records });
    }
    case 'QualificationRevoked': {
      const { recordId, kindId, revokedRecordIds, revokedOn, reason } = event.data;
      const revocation = { recordId, kindId, revokedRecordIds: [...revokedRecordIds], revokedOn, reason };
      const revocations = [...current.revocations.filter((each) => !(each.recordId === recordId && each.revokedOn === revokedOn)), revocation];
      return withDerived({ ...current, revocations });
    }
    case 'EnrolmentRequested': {
      const { courseId, unitId, personKind } = event.data;
      // A second request (after a decline or withdrawal) names the unit the learner then belonged to.
      const enrolmentUnits = [...current.enrolmentUnits.filter((each) => each.courseId !== courseId), { courseId, unitId }];
      return withDerived({ ...current, personKind: current.personKind ?? personKind, enrolmentUnits });
    }
    default:
      return assertNever(event);
  }
}

/**
 * One document per person, fed by their trainee stream and by their enrolment requests in the
 * course streams (each names the person, so a document always knows whose it is).
 */
export const traineeProjection = projectionOver(traineeEvents, {
  name: 'gateway-training-trainees',
  collection: TRAINEES_COLLECTION,
  // The enrolments are some events of each course's stream.
  contiguous: false,
  documentId: (event) => event.data.personId,
  evolve: evolveTrainee,
  // QualificationReads.holdersOf (a kind's holders) and holdersIn (a unit's holders of a kind).
  indexes: [{ kindIds: 1 }, { unitKinds: 1 }],
});
