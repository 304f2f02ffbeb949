import type { CapacityCriterionScore, CapacityScale, CapacitySubject } from '@tn/training-contracts';

export interface RecordedCapacityAssessment {
  /** Amendable while recorded; final once finalised. */
  status: 'recorded' | 'finalised';
  assessmentId: string;
  subject: CapacitySubject;
  rubricId: string;
  rubricVersion: number;
  period: string;
  /** The rubric version's scale, and each criterion's score with its weight: all an amendment needs. */
  scale: CapacityScale;
  scores: readonly CapacityCriterionScore[];
  weightedScore: number;
  followUpPlan: string;
  assessedBy: string;
  assessedOn: string;
  finalisedOn?: string;
}

export type CapacityAssessmentState = { status: 'none' } | RecordedCapacityAssessment;
