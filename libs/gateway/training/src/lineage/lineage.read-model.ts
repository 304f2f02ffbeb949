import { coursePlanEventTypes } from '@tn/training-contracts';
import { projectionOver } from '@tn/shared-event-bus';
import { type EnvelopeOf, type EventsOf, eventTypesNamed } from '@tn/shared-event-contracts';

export const LINEAGE_COLLECTION = 'gw_training_lineage';

/** A completed course as every person it names sees it: its trainers and how many passed. */
export interface LineageCourseDoc {
  courseId: string;
  completedOn: string;
  trainerIds: string[];
  passedCount: number;
}

/**
 * One person's place in the training-of-trainers tree (`_id` is the person's id): the completed
 * courses they passed or led. A completion is the same fact for everyone it names, so the
 * document holds it whole and the reader tells the roles apart by the id (a person is among the
 * course's trainers, or passed it: never both, the course refuses a trainer as a learner).
 */
export interface LineageDoc {
  courses: LineageCourseDoc[];
  /** The trainers of those courses (the person's own id where they led one): `{ trainerIds }` finds who a trainer trained. */
  trainerIds: string[];
}

const lineageEvents = eventTypesNamed(coursePlanEventTypes, 'CourseCompleted');
type LineageEvent = EnvelopeOf<EventsOf<typeof lineageEvents>>;

/** Pure: the document after a completion naming the person (as a learner who passed, or as a trainer). */
export function evolveLineage(doc: LineageDoc | null, event: LineageEvent): LineageDoc {
  const { courseId, completedOn, trainerIds, passed } = event.data;
  const course: LineageCourseDoc = { courseId, completedOn, trainerIds: [...new Set(trainerIds)], passedCount: passed.length };
  const courses = [...(doc?.courses ?? []).filter((each) => each.courseId !== courseId), course].sort(
    (a, b) => a.completedOn.localeCompare(b.completedOn) || a.courseId.localeCompare(b.courseId),
  );
  return { courses, trainerIds: [...new Set(courses.flatMap((each) => each.trainerIds))].sort() };
}

/** Everyone a completion names: who passed, and who led it (its trainers at completion). */
export const peopleNamedBy = (event: LineageEvent): string[] => [
  ...new Set([...event.data.passed.map((learner) => learner.personId), ...event.data.trainerIds]),
];

export const lineageProjection = projectionOver(lineageEvents, {
  name: 'gateway-training-lineage',
  collection: LINEAGE_COLLECTION,
  // A person's document sees only the completions of each course's stream.
  contiguous: false,
  documentId: peopleNamedBy,
  evolve: evolveLineage,
  // LineageReads.trainedBy: the people a trainer trained ({ trainerIds }), one query per trainer of a level.
  indexes: [{ trainerIds: 1 }],
});
