import { coursePlanEventTypes, enrolmentEventTypes } from '@tn/training-contracts';
import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import { type EnvelopeOf, type EventsOf, eventTypesNamed } from '@tn/shared-event-contracts';

export const ENROLMENTS_COLLECTION = 'gw_training_enrolments';

/** Where a learner stands on a course; declined and withdrawn stay readable (they may ask again). */
export type EnrolmentState = 'pending' | 'confirmed' | 'waitlisted' | 'declined' | 'withdrawn';

/** The learner's outcome, as the course's completion states it. */
export interface CourseResultDoc {
  passed: boolean;
  score?: number;
  attendedHours: number;
  completedOn: string;
}

/** One learner on one course (`_id`: enrolmentIdOf(courseId, personId)). */
export interface EnrolmentDoc {
  courseId: string;
  personId: string;
  personKind: string;
  /** The learner's own unit, as nominated. */
  unitId: string;
  abroad: boolean;
  status: EnrolmentState;
  requestedOn: string;
  requestedBy: string;
  /** The date of the last change of status. */
  changedOn: string;
  /** Why it was declined or withdrawn. */
  reason?: string;
  score?: number;
  assessedOn?: string;
  result?: CourseResultDoc;
}

/** A person's enrolment document id: '/' is outside the id grammar, so no two pairs share one. */
export const enrolmentIdOf = (courseId: string, personId: string) => `${courseId}/${personId}`;

const enrolmentEvents = [
  ...eventTypesNamed(
    enrolmentEventTypes,
    'EnrolmentRequested',
    'EnrolmentConfirmed',
    'EnrolmentWaitlisted',
    'EnrolmentDeclined',
    'EnrolmentWithdrawn',
    'EnrolmentPromoted',
    'LearnerAssessed',
  ),
  ...eventTypesNamed(coursePlanEventTypes, 'CourseCompleted'),
];
type EnrolmentEvent = EnvelopeOf<EventsOf<typeof enrolmentEvents>>;

/** Pure: the learner's enrolment after an event naming them; null (nothing kept) before they asked. */
export function evolveEnrolment(doc: EnrolmentDoc | null, event: EnrolmentEvent): EnrolmentDoc | null {
  if (event.type === 'EnrolmentRequested') {
    const { courseId, personId, personKind, unitId, abroad, requestedBy, requestedOn } = event.data;
    // A new request after a decline or withdrawal starts again (no score, no reason).
    return { courseId, personId, personKind, unitId, abroad, status: 'pending', requestedOn, requestedBy, changedOn: requestedOn };
  }
  if (!doc) return null;
  switch (event.type) {
    case 'EnrolmentConfirmed':
      return { ...doc, status: 'confirmed', changedOn: event.data.confirmedOn };
    case 'EnrolmentWaitlisted':
      return { ...doc, status: 'waitlisted', changedOn: event.data.waitlistedOn };
    case 'EnrolmentPromoted':
      return { ...doc, status: 'confirmed', changedOn: event.data.promotedOn };
    case 'EnrolmentDeclined':
      return { ...doc, status: 'declined', changedOn: event.data.declinedOn, reason: event.data.reason };
    case 'EnrolmentWithdrawn': {
      const { reason, withdrawnOn } = event.data;
      const { reason: _earlier, ...rest } = doc;
      return { ...rest, status: 'withdrawn', changedOn: withdrawnOn, ...(typeof reason === 'string' ? { reason } : {}) };
    }
    case 'LearnerAssessed':
      return { ...doc, score: event.data.score, assessedOn: event.data.assessedOn };
    case 'CourseCompleted': {
      const { completedOn, passed, notPassed } = event.data;
      const own = (list: typeof passed) => list.find((learner) => learner.personId === doc.personId);
      const mine = own(passed) ?? own(notPassed);
      if (!mine) return doc;
      const result: CourseResultDoc = {
        passed: own(passed) !== undefined,
        ...(typeof mine.score === 'number' ? { score: mine.score } : {}),
        attendedHours: mine.attendedHours,
        completedOn,
      };
      return { ...doc, result };
    }
    default:
      return assertNever(event);
  }
}

/** The enrolments a completion settles: every confirmed learner it names. */
const learnersOf = (event: EnrolmentEvent): string | string[] =>
  event.type === 'CourseCompleted'
    ? [...new Set([...event.data.passed, ...event.data.notPassed].map((learner) => enrolmentIdOf(event.data.courseId, learner.personId)))]
    : enrolmentIdOf(event.data.courseId, event.data.personId);

/** One document per learner and course, fed by the course's stream (the events naming that learner). */
export const enrolmentProjection = projectionOver(enrolmentEvents, {
  name: 'gateway-training-enrolments',
  collection: ENROLMENTS_COLLECTION,
  contiguous: false,
  documentId: learnersOf,
  evolve: evolveEnrolment,
  // CourseReads.enrolmentsOf: a course's learners, of a status ({ courseId, status }); enrolmentsOfPerson ({ personId }).
  indexes: [{ courseId: 1, status: 1 }, { personId: 1 }],
});
