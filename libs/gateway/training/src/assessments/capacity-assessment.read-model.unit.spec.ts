import { weightedCapacityScore } from '@tn/training-contracts';
import { envelope } from '../core/envelopes.test-fixtures';
import { capacityAssessmentProjection, evolveCapacityAssessment } from './capacity-assessment.read-model';

const scale = { min: 1, max: 5 };
const scores = [
  { criterionId: 'plan', score: 4, weight: 2, evidence: 'Kế hoạch năm 2026 đã ban hành' },
  { criterionId: 'coordinate', score: 3, weight: 3 },
];
const recorded = evolveCapacityAssessment(
  null,
  envelope('CapacityAssessmentRecorded', {
    assessmentId: 'rb-cadre:cadre-7:2026-H1',
    subject: { kind: 'cadre', id: 'cadre-7', unitId: 'xa-ta-van' },
    rubricId: 'rb-cadre',
    rubricVersion: 1,
    period: '2026-H1',
    scale,
    scores,
    weightedScore: weightedCapacityScore(scale, scores),
    followUpPlan: 'Tham gia lớp bồi dưỡng quý III',
    assessedBy: 'acc-1',
    assessedOn: '2026-07-02',
  }),
);

describe('capacity assessment read model', () => {
  it('puts the subject, its unit and the period with its first and last day at the top level, for equality reads', () => {
    expect(recorded).toMatchObject({
      subjectKind: 'cadre',
      subjectId: 'cadre-7',
      unitId: 'xa-ta-van',
      period: '2026-H1',
      periodStartsOn: '2026-01-01',
      periodEndsOn: '2026-06-30',
      status: 'recorded',
      amendmentCount: 0,
    });
  });

  it("computes the weighted score with the contracts' function (the decider's own): 1..5 scores of 4 and 3, weighted 2:3, read 60 on 0..100", () => {
    expect(recorded.weightedScore).toBe(60);
    expect(recorded.scores.map((row) => [row.criterionId, row.share, row.evidence ?? null])).toEqual([
      ['plan', 0.4, 'Kế hoạch năm 2026 đã ban hành'],
      ['coordinate', 0.6, null],
    ]);
  });

  it('replaces scores and plan on an amendment, recomputing the score and counting the amendment', () => {
    const amended = evolveCapacityAssessment(
      recorded,
      envelope('CapacityAssessmentAmended', {
        assessmentId: recorded.assessmentId,
        scores: [
          { criterionId: 'plan', score: 5, weight: 2 },
          { criterionId: 'coordinate', score: 5, weight: 3 },
        ],
        weightedScore: 100,
        followUpPlan: 'Nhân rộng mô hình',
        note: 'Bổ sung minh chứng',
        amendedBy: 'acc-2',
        amendedOn: '2026-07-10',
      }),
    );
    expect(amended).toMatchObject({ weightedScore: 100, followUpPlan: 'Nhân rộng mô hình', amendmentCount: 1 });
    expect(amended.amendments).toEqual([{ by: 'acc-2', on: '2026-07-10', note: 'Bổ sung minh chứng' }]);
  });

  it('marks a finalisation, keeping the score', () => {
    const finalised = evolveCapacityAssessment(
      recorded,
      envelope('CapacityAssessmentFinalised', { assessmentId: recorded.assessmentId, weightedScore: 60, finalisedBy: 'acc-3', finalisedOn: '2026-07-15' }),
    );
    expect(finalised).toMatchObject({ status: 'finalised', finalisedBy: 'acc-3', finalisedOn: '2026-07-15', weightedScore: 60 });
  });

  it('refuses an event for an assessment it never saw, and declares the indexes of a unit period and a subject history', () => {
    expect(() => evolveCapacityAssessment(null, envelope('CapacityAssessmentFinalised', { assessmentId: 'x' }))).toThrow('does not know');
    expect(capacityAssessmentProjection.indexes).toEqual([{ unitId: 1, period: 1 }, { subjectId: 1 }]);
  });
});
