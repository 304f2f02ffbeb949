import type { Provider } from '@nestjs/common';
import type { Projection } from '@tn/shared-event-bus';

/**
 * One area of the training slice (catalogue, assessments, courses, qualifications): its read
 * models and its resolvers with their helpers. Each area's index exports one; the module
 * concatenates the list in `training-areas.ts`.
 */
export interface TrainingArea {
  projections: readonly Projection[];
  providers: readonly Provider[];
}
