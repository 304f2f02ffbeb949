import type { Decider } from '@tn/shared-decider';
import type { MongoEventStore } from '@tn/shared-event-store';
import {
  capacityAssessmentDecider,
  type CapacityAssessmentState,
  capacityAssessmentStreamId,
  capacityRubricDecider,
  type CapacityRubricState,
  capacityRubricStreamId,
  coordinationModelDecider,
  type CoordinationModelState,
  coordinationModelStreamId,
  courseDecider,
  type CourseState,
  courseStreamId,
  curriculumDecider,
  type CurriculumState,
  curriculumStreamId,
  materialDecider,
  type MaterialState,
  materialStreamId,
  qualificationKindDecider,
  type QualificationKindState,
  qualificationKindStreamId,
  traineeDecider,
  type TraineeState,
  traineeStreamId,
} from '@tn/training-domain';
import type { QualificationKindEntry } from './qualification-kinds.projection';

/**
 * What the training routes, the authoriser and the completion reactor look up in the service's
 * own streams before a decider runs (deciders stay pure; ADR 0006). Each answer is the stream
 * folded by its own decider at the time of the command: a stream that changes between the
 * look-up and the append is its own consistency boundary.
 */
export interface TrainingLookups {
  curriculumOf(curriculumId: string): Promise<CurriculumState>;
  materialOf(materialId: string): Promise<MaterialState>;
  coordinationModelOf(modelId: string): Promise<CoordinationModelState>;
  qualificationKindOf(kindId: string): Promise<QualificationKindState>;
  /** Every qualification record of one person (an empty list for someone never trained). */
  traineeOf(personId: string): Promise<TraineeState>;
  capacityRubricOf(rubricId: string): Promise<CapacityRubricState>;
  capacityAssessmentOf(assessmentId: string): Promise<CapacityAssessmentState>;
  courseOf(courseId: string): Promise<CourseState>;
  /**
   * Every qualification kind the service knows, with the curricula that grant or renew it (a
   * local projection of the kind events: `qualification-kinds.projection.ts`). Only for finding
   * kinds by curriculum: their terms are read from their own streams.
   */
  qualificationKinds(): Promise<QualificationKindEntry[]>;
}

type Folding<S> = Pick<Decider<unknown, never, S>, 'evolve' | 'initialState'>;

/** A stream's state through its decider's evolve. */
async function foldStream<S>(store: MongoEventStore, decider: Folding<S>, streamId: string): Promise<S> {
  const { events } = await store.readStream(streamId);
  return events.reduce((state, envelope) => decider.evolve(state, { type: envelope.type, data: envelope.data } as never), decider.initialState());
}

/** The look-ups answered from the event store (one stream read each) and the kinds' projection. */
export function lookupsFrom(store: () => MongoEventStore, qualificationKinds: () => Promise<QualificationKindEntry[]>): TrainingLookups {
  const fold = <S>(decider: Folding<S>, streamId: string) => foldStream(store(), decider, streamId);
  return {
    curriculumOf: (id) => fold(curriculumDecider as Folding<CurriculumState>, curriculumStreamId(id)),
    materialOf: (id) => fold(materialDecider as Folding<MaterialState>, materialStreamId(id)),
    coordinationModelOf: (id) => fold(coordinationModelDecider as Folding<CoordinationModelState>, coordinationModelStreamId(id)),
    qualificationKindOf: (id) => fold(qualificationKindDecider as Folding<QualificationKindState>, qualificationKindStreamId(id)),
    traineeOf: (id) => fold(traineeDecider as Folding<TraineeState>, traineeStreamId(id)),
    capacityRubricOf: (id) => fold(capacityRubricDecider as Folding<CapacityRubricState>, capacityRubricStreamId(id)),
    capacityAssessmentOf: (id) => fold(capacityAssessmentDecider as Folding<CapacityAssessmentState>, capacityAssessmentStreamId(id)),
    courseOf: (id) => fold(courseDecider as Folding<CourseState>, courseStreamId(id)),
    qualificationKinds,
  };
}
