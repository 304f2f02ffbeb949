import { assessmentsArea } from './assessments';
import { catalogueArea } from './catalogue';
import { coursesArea } from './courses';
import { lineageArea } from './lineage';
import { qualificationsArea } from './qualifications';
import type { TrainingArea } from './core/training-area';

/**
 * Every area of the training slice. A new area (courses, qualifications) is a folder whose
 * index exports its TrainingArea, and one entry here: the module takes the projections and
 * providers of all of them.
 */
export const TRAINING_AREAS: readonly TrainingArea[] = [catalogueArea, assessmentsArea, coursesArea, qualificationsArea, lineageArea];
