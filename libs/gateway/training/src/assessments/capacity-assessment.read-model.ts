import { assessmentPeriodOf, type CapacityScale, type CapacitySubjectKind, capacityAssessmentEventTypes, weightedCapacityScore } from '@tn/training-contracts';
import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import type { EnvelopeOf, EventsOf } from '@tn/shared-event-contracts';

export const CAPACITY_ASSESSMENTS_COLLECTION = 'gw_training_capacity_assessments';

/** A criterion's score with its weight in the rubric version used, and its share of that version's total weight. */
export interface CriterionScoreDoc {
  criterionId: string;
  score: number;
  weight: number;
  share: number;
  evidence?: string;
}

export interface AmendmentDoc {
  by: string;
  on: string;
  note?: string;
}

/**
 * One capacity assessment (the gateway's assessment read model). The subject, its unit and the
 * period are top-level fields, so a subject's history and a unit's period are equality reads.
 */
export interface CapacityAssessmentDoc {
  assessmentId: string;
  subjectKind: CapacitySubjectKind;
  /** The unit assessed, or the cadre (by id only). */
  subjectId: string;
  /** The unit assessed, or the unit the cadre serves in. */
  unitId: string;
  rubricId: string;
  rubricVersion: number;
  /** `2026`, `2026-H1`, `2026-Q3`, with its first and last day (periods sort and compare by these). */
  period: string;
  periodStartsOn: string;
  periodEndsOn: string;
  scale: CapacityScale;
  scores: CriterionScoreDoc[];
  /** On 0..100, computed here with the contracts' one function, so every period compares on one axis. */
  weightedScore: number;
  followUpPlan: string;
  status: 'recorded' | 'finalised';
  assessedBy: string;
  assessedOn: string;
  amendments: AmendmentDoc[];
  /** Kept with the document so a list shows it without reading the amendments. */
  amendmentCount: number;
  finalisedBy?: string;
  finalisedOn?: string;
}

type CapacityAssessmentEvent = EnvelopeOf<EventsOf<typeof capacityAssessmentEventTypes>>;
type Scored = readonly { criterionId: string; score: number; weight: number; evidence?: string }[];

function withScores(scale: CapacityScale, scored: Scored): Pick<CapacityAssessmentDoc, 'scores' | 'weightedScore'> {
  const total = scored.reduce((sum, row) => sum + row.weight, 0);
  const scores = scored.map(({ criterionId, score, weight, evidence }) => ({
    criterionId,
    score,
    weight,
    share: total > 0 ? weight / total : 0,
    ...(evidence?.trim() ? { evidence } : {}),
  }));
  return { scores, weightedScore: weightedCapacityScore(scale, scores) };
}

/** The period's first and last day (a period the decider accepted always has them; anything else reads as itself). */
function periodBoundsOf(period: string): Pick<CapacityAssessmentDoc, 'periodStartsOn' | 'periodEndsOn'> {
  const parsed = assessmentPeriodOf(period);
  return { periodStartsOn: parsed?.startsOn ?? period, periodEndsOn: parsed?.endsOn ?? period };
}

/** Pure: the assessment document after one of its stream's events. */
export function evolveCapacityAssessment(doc: CapacityAssessmentDoc | null, event: CapacityAssessmentEvent): CapacityAssessmentDoc {
  if (event.type === 'CapacityAssessmentRecorded') {
    const { assessmentId, subject, rubricId, rubricVersion, period, scale, scores, followUpPlan, assessedBy, assessedOn } = event.data;
    return {
      assessmentId,
      subjectKind: subject.kind,
      subjectId: subject.id,
      unitId: subject.unitId,
      rubricId,
      rubricVersion,
      period,
      ...periodBoundsOf(period),
      scale: { min: scale.min, max: scale.max },
      ...withScores(scale, scores),
      followUpPlan,
      status: 'recorded',
      assessedBy,
      assessedOn,
      amendments: [],
      amendmentCount: 0,
    };
  }
  if (!doc) throw new Error(`${event.type} for a capacity assessment the read model does not know`);
  switch (event.type) {
    case 'CapacityAssessmentAmended': {
      const { scores, followUpPlan, note, amendedBy, amendedOn } = event.data;
      const amendments = [...doc.amendments, { by: amendedBy, on: amendedOn, ...(note?.trim() ? { note } : {}) }];
      return { ...doc, ...withScores(doc.scale, scores), followUpPlan, amendments, amendmentCount: amendments.length };
    }
    case 'CapacityAssessmentFinalised':
      return { ...doc, status: 'finalised', finalisedBy: event.data.finalisedBy, finalisedOn: event.data.finalisedOn };
    default:
      return assertNever(event);
  }
}

/** One document per assessment stream. */
export const capacityAssessmentProjection = projectionOver(capacityAssessmentEventTypes, {
  name: 'gateway-training-capacity-assessments',
  collection: CAPACITY_ASSESSMENTS_COLLECTION,
  documentId: (event) => event.data.assessmentId,
  evolve: evolveCapacityAssessment,
  // AssessmentsDirectory: a unit's assessments of a period ({ unitId, period }, or { unitId } for every period), a subject's history ({ subjectId }).
  indexes: [{ unitId: 1, period: 1 }, { subjectId: 1 }],
});
