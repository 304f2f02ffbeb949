import type { Connection } from 'mongoose';
import { type EqualityFilter, type GatewayContext, readerOf, ReadModelReads } from '@tn/gateway-core';
import { CAPACITY_ASSESSMENTS_COLLECTION, type CapacityAssessmentDoc } from './capacity-assessment.read-model';
import { CAPACITY_RUBRICS_COLLECTION, type CapacityRubricDoc } from './capacity-rubric.read-model';

/** Reads of the rubric and assessment read models, each an equality the indexes serve. */
export class AssessmentsDirectory {
  private readonly reads: ReadModelReads;
  /** A subject's history, read once per request (every assessment of a list compares with it). */
  private readonly histories = new Map<string, Promise<CapacityAssessmentDoc[]>>();

  constructor(connection: Connection) {
    this.reads = new ReadModelReads(connection);
  }

  rubric(id: string): Promise<CapacityRubricDoc | undefined> {
    return this.reads.one(CAPACITY_RUBRICS_COLLECTION, id);
  }

  /** Rubrics matching `{ ownerUnitId }` or `{ level }`, with any other equality beside. */
  rubrics(filter: EqualityFilter): Promise<CapacityRubricDoc[]> {
    return this.reads.where(CAPACITY_RUBRICS_COLLECTION, filter);
  }

  assessment(id: string): Promise<CapacityAssessmentDoc | undefined> {
    return this.reads.one(CAPACITY_ASSESSMENTS_COLLECTION, id);
  }

  /** A unit's subjects' assessments (the unit itself and its cadres), of one period or of all. */
  assessmentsInUnit(unitId: string, filters: EqualityFilter = {}): Promise<CapacityAssessmentDoc[]> {
    return this.reads.where(CAPACITY_ASSESSMENTS_COLLECTION, { ...filters, unitId });
  }

  /** Every assessment of one subject (a unit or a cadre), across periods and rubrics. */
  assessmentsOfSubject(subjectId: string): Promise<CapacityAssessmentDoc[]> {
    let history = this.histories.get(subjectId);
    if (!history) {
      history = this.reads.where<CapacityAssessmentDoc>(CAPACITY_ASSESSMENTS_COLLECTION, { subjectId });
      this.histories.set(subjectId, history);
    }
    return history;
  }
}

/** The request's AssessmentsDirectory (one per request, over the core's read-model connection). */
export const assessmentsOf = (context: GatewayContext): AssessmentsDirectory =>
  readerOf(context, 'training:assessments', (readModels) => new AssessmentsDirectory(readModels.connection));
