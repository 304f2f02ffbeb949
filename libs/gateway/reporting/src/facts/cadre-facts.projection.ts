import { cadreEventTypes } from '@tn/registry-contracts';
import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import { type EnvelopeOf, type EventsOf, eventTypesNamed } from '@tn/shared-event-contracts';
import { coursePlanEventTypes, traineeEventTypes } from '@tn/training-contracts';
import type { CadreFactDoc, CadreQualificationFact, CadreTenure } from './fact-docs';

export const REPORTING_CADRES_COLLECTION = 'gw_reporting_cadres';

/**
 * The registry's cadre stream (positions over time), the person's trainee stream (qualification
 * records) and the courses they passed. Of the registry's events only fields in the clear and
 * not personal are read: ids, unit ids, the dedicated flag and dates (a registration's name and
 * contacts, sealed or not, are never touched).
 */
export const cadreFactEvents = [...cadreEventTypes, ...traineeEventTypes, ...eventTypesNamed(coursePlanEventTypes, 'CourseCompleted')];
type CadreFactEvent = EnvelopeOf<EventsOf<typeof cadreFactEvents>>;
type DataOf<Type extends CadreFactEvent['type']> = Extract<CadreFactEvent, { type: Type }>['data'];

const emptyCadre = (personId: string): CadreFactDoc => ({ personId, tenures: [], qualifications: [], completedCourses: [], unitIds: [] });

const withUnitIds = (doc: CadreFactDoc): CadreFactDoc => ({ ...doc, unitIds: [...new Set(doc.tenures.map((tenure) => tenure.unitId))].sort() });

/*
 * The registry's dates, as tenures (held from `from` until `until`, excluded) read them:
 * - `CadreAppointed.termEnd`, the planned end, is the last day held (training reads it so too):
 *   the tenure runs until the day after it unless a later event of the position says otherwise.
 * - `CadreTermEnded.endedOn` is the first day no longer held: the gateway's `endCadreTerm` input
 *   documents it so and its cadre list holds a position while `date < endedOn`; the registry's
 *   decider only asks that it be no earlier than the term's start or the position's last change (a
 *   transfer's first day in the new unit), which that reading satisfies. So `until = endedOn`.
 * A recorded change of the position replaces the planned end, earlier or later: an end says when the
 * term actually ended, and a transfer shows the position still held (the registry keeps it open
 * until an end is recorded).
 */

/** The day after an ISO date. */
function dayAfter(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

const latest = (a: string, b: string): string => (a < b ? b : a);

/** Not ended by a recorded change (open, or ending only as planned). */
const isOpen = (tenure: CadreTenure): boolean => tenure.until === undefined || tenure.planned === true;

/** Ends the open tenure `matches` picks on `until` (never before it began: a tenure ended on its first day was never held). */
const closing = (tenures: readonly CadreTenure[], matches: (tenure: CadreTenure) => boolean, until: string): CadreTenure[] =>
  tenures.map((tenure) => {
    if (!isOpen(tenure) || !matches(tenure)) return tenure;
    const { planned: _planned, ...recorded } = tenure;
    return { ...recorded, until: latest(until, tenure.from) };
  });

/** A tenure's planned end, carried to the next stretch of the same position (a transfer does not change the term). */
const plannedEnd = (until: string | undefined, from: string): Pick<CadreTenure, 'until' | 'planned'> =>
  until === undefined ? {} : { until: latest(until, from), planned: true };

/** The registering unit owns a cadre until their first appointment. */
function registered(doc: CadreFactDoc, { registeringUnitId, registeredOn }: DataOf<'CadreRegistered'>): CadreFactDoc {
  if (typeof registeringUnitId !== 'string' || doc.tenures.length > 0) return doc;
  return { ...doc, tenures: [{ unitId: registeringUnitId, dedicated: false, from: registeredOn }] };
}

function appointed(doc: CadreFactDoc, { positionId, unitId, dedicatedToVolunteerWork, termStart, termEnd }: DataOf<'CadreAppointed'>): CadreFactDoc {
  const tenures = closing(doc.tenures, (tenure) => tenure.positionId === undefined, termStart);
  const until = typeof termEnd === 'string' ? dayAfter(termEnd) : undefined;
  const tenure: CadreTenure = { positionId, unitId, dedicated: dedicatedToVolunteerWork === true, from: termStart, ...plannedEnd(until, termStart) };
  return { ...doc, tenures: [...tenures, tenure] };
}

function transferred(doc: CadreFactDoc, { positionId, toUnitId, effectiveFrom }: DataOf<'CadreTransferred'>): CadreFactDoc {
  const current = doc.tenures.find((tenure) => tenure.positionId === positionId && isOpen(tenure));
  if (!current) return doc;
  const tenures = closing(doc.tenures, (tenure) => tenure === current, effectiveFrom);
  const planned = current.planned === true ? plannedEnd(current.until, effectiveFrom) : {};
  return { ...doc, tenures: [...tenures, { positionId, unitId: toUnitId, dedicated: current.dedicated, from: effectiveFrom, ...planned }] };
}

type RecordEvent = Extract<CadreFactEvent, { type: 'QualificationGranted' | 'QualificationRenewed' | 'PriorQualificationRecognised' }>;

function recordOf(event: RecordEvent): CadreQualificationFact {
  const { recordId, kindId, grantedOn, validUntil, renewalWindowMonths } = event.data;
  const curriculumId = event.type === 'PriorQualificationRecognised' ? undefined : event.data.curriculumId;
  const renewsRecordId = event.type === 'QualificationRenewed' ? event.data.renewsRecordId : undefined;
  return {
    recordId,
    kindId,
    grantedOn,
    validUntil,
    renewalWindowMonths,
    ...(typeof curriculumId === 'string' ? { curriculumId } : {}),
    ...(typeof renewsRecordId === 'string' ? { renewsRecordId } : {}),
  };
}

/** A revocation withdraws every record it names from its day on (the earliest revocation of a record stands). */
function revoked(doc: CadreFactDoc, { revokedRecordIds, revokedOn }: DataOf<'QualificationRevoked'>): CadreFactDoc {
  const qualifications = doc.qualifications.map((record) =>
    revokedRecordIds.includes(record.recordId) && (record.revokedOn === undefined || revokedOn < record.revokedOn) ? { ...record, revokedOn } : record,
  );
  return { ...doc, qualifications };
}

function courseCompleted(doc: CadreFactDoc, { courseId, curriculumId, completedOn }: DataOf<'CourseCompleted'>): CadreFactDoc {
  const completedCourses = [...doc.completedCourses.filter((course) => course.courseId !== courseId), { courseId, curriculumId, completedOn }];
  return { ...doc, completedCourses };
}

function evolveFields(doc: CadreFactDoc, event: CadreFactEvent): CadreFactDoc {
  switch (event.type) {
    case 'CadreRegistered':
      return registered(doc, event.data);
    case 'CadreAppointed':
      return appointed(doc, event.data);
    case 'CadreTransferred':
      return transferred(doc, event.data);
    case 'CadreTermEnded':
      // `endedOn` is the first day no longer held (see above): it is `until` as it stands.
      return { ...doc, tenures: closing(doc.tenures, (tenure) => tenure.positionId === event.data.positionId, event.data.endedOn) };
    case 'QualificationGranted':
    case 'QualificationRenewed':
    case 'PriorQualificationRecognised': {
      const record = recordOf(event);
      return { ...doc, qualifications: [...doc.qualifications.filter((each) => each.recordId !== record.recordId), record] };
    }
    case 'QualificationRevoked':
      return revoked(doc, event.data);
    case 'CourseCompleted':
      return courseCompleted(doc, event.data);
    default:
      return assertNever(event);
  }
}

/** The person an event is about: the cadre, the trainee, or each learner who passed. */
function personIdsOf(event: CadreFactEvent): string | string[] | undefined {
  switch (event.type) {
    case 'CadreRegistered':
    case 'CadreAppointed':
    case 'CadreTransferred':
    case 'CadreTermEnded':
      return event.data.cadreId;
    case 'QualificationGranted':
    case 'QualificationRenewed':
    case 'PriorQualificationRecognised':
    case 'QualificationRevoked':
      return event.data.personId;
    case 'CourseCompleted':
      return [...new Set((Array.isArray(event.data.passed) ? event.data.passed : []).map((learner) => learner.personId))];
    default:
      return assertNever(event);
  }
}

/** The person an event names alone; a course completion names several (its documents learn whose they are from another event). */
const personNamedBy = (event: CadreFactEvent): string => {
  if (event.type === 'CourseCompleted') return '';
  return 'cadreId' in event.data ? event.data.cadreId : event.data.personId;
};

/**
 * Pure: the person's facts after one event of any of their streams. The registry's and training's
 * topics interleave in any order, so each kind of fact is kept apart and applies to what is known.
 */
export function evolveCadreFacts(doc: CadreFactDoc | null, event: CadreFactEvent): CadreFactDoc {
  const current = doc ?? emptyCadre('');
  return withUnitIds(evolveFields({ ...current, personId: current.personId || personNamedBy(event) }, event));
}

/**
 * One document per person. No personal data is kept (ids and dates only), so it needs no purge
 * on erasure: the document names nobody without the registry.
 */
export const cadreFactsProjection = projectionOver(cadreFactEvents, {
  name: 'gateway-reporting-cadres',
  collection: REPORTING_CADRES_COLLECTION,
  // Three streams per document, a course's only in part (its completion): apply any newer version.
  contiguous: false,
  documentId: personIdsOf,
  evolve: evolveCadreFacts,
  // The engine: a unit's cadres ({ unitIds }, one query per unit).
  indexes: [{ unitIds: 1 }],
});
