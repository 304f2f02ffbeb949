import type { EventTypeDefinition } from '@tn/shared-event-contracts';
import { assessmentEventTypes } from './assessments';
import { catalogueEventTypes } from './catalogue';
import { courseEventTypes } from './courses';
import { qualificationEventTypes } from './qualifications';

/** The training service's bounded context: names its Kafka topics. */
export const TRAINING_CONTEXT = 'training';

/**
 * Personal data (domain.md §8): training events carry none. Cadres, volunteers and trainers are
 * referenced by id only; names and contacts stay in the registry's encrypted person streams. So
 * no definition below has a `personalData` spec and these events may feed anonymous statistics.
 * Free-text fields (reasons, notes, evidence) describe the work, not the person.
 */
export const trainingEventTypes: readonly EventTypeDefinition[] = [
  ...catalogueEventTypes,
  ...courseEventTypes,
  ...qualificationEventTypes,
  ...assessmentEventTypes,
];
