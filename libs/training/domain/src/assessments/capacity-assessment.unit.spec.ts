import { fold, given } from '@tn/shared-decider';
import type { AmendCapacityAssessment, CapacityAssessmentCommand, RecordCapacityAssessment } from './capacity-assessment.commands';
import { capacityAssessmentDecider } from './capacity-assessment.decide';
import { type CapacityAssessmentEvent, capacityAssessmentStreamId } from './capacity-assessment.events';
import type { RecordedCapacityAssessment } from './capacity-assessment.types';
import { capacityRubricDecider } from './capacity-rubric.decide';
import type { CapacityRubricEvent } from './capacity-rubric.events';
import { type LookedUpRubricVersion, lookUpRubricVersion } from './capacity-rubric.types';

// A commune rubric on 1..5 (version 1), revised onto 0..10 with the same criteria (version 2).
const criteria = [
  { criterionId: 'plan', title: 'Lập kế hoạch', weight: 2 },
  { criterionId: 'people', title: 'Quản lý tình nguyện viên', weight: 1 },
  { criterionId: 'digital', title: 'Ứng dụng công nghệ số', weight: 1 },
];
const rubricEvents: CapacityRubricEvent[] = [
  {
    type: 'CapacityRubricDefined',
    data: {
      rubricId: 'r-commune',
      version: 1,
      title: 'Năng lực điều phối cấp xã',
      ownerUnitId: 'u-province',
      subjectKind: 'unit',
      level: 'commune',
      scale: { min: 1, max: 5 },
      criteria,
      definedBy: 'cadre-1',
      definedOn: '2026-01-05',
    },
  },
  {
    type: 'CapacityRubricRevised',
    data: {
      rubricId: 'r-commune',
      version: 2,
      title: 'Năng lực điều phối cấp xã',
      scale: { min: 0, max: 10 },
      criteria,
      revisedBy: 'cadre-1',
      revisedOn: '2026-06-20',
    },
  },
];
const rubricVersion = (version: number): LookedUpRubricVersion => lookUpRubricVersion(fold(capacityRubricDecider, rubricEvents), version);

const record: RecordCapacityAssessment = {
  type: 'RecordCapacityAssessment',
  assessmentId: 'r-commune:u-ta-van:2026-H1',
  subject: { kind: 'unit', id: 'u-ta-van', unitId: 'u-ta-van' },
  rubricId: 'r-commune',
  rubricVersion: 1,
  period: '2026-H1',
  scores: [
    { criterionId: 'digital', score: 3, evidence: 'Nhập 12 hoạt động lên cổng' },
    { criterionId: 'plan', score: 5 },
    { criterionId: 'people', score: 1 },
  ],
  followUpPlan: 'Tập huấn quản lý tình nguyện viên trong quý III',
  rubric: rubricVersion(1),
  today: '2026-07-02',
  actorId: 'cadre-7',
};
const recordWith = (overrides: Partial<RecordCapacityAssessment>): RecordCapacityAssessment => ({ ...record, ...overrides });

// plan 5 → 100 (weight 2), people 1 → 0, digital 3 → 50: (200 + 0 + 50) / 4 = 62.5.
const recorded: CapacityAssessmentEvent = {
  type: 'CapacityAssessmentRecorded',
  data: {
    assessmentId: 'r-commune:u-ta-van:2026-H1',
    subject: { kind: 'unit', id: 'u-ta-van', unitId: 'u-ta-van' },
    rubricId: 'r-commune',
    rubricVersion: 1,
    period: '2026-H1',
    scale: { min: 1, max: 5 },
    scores: [
      { criterionId: 'plan', score: 5, weight: 2 },
      { criterionId: 'people', score: 1, weight: 1 },
      { criterionId: 'digital', score: 3, weight: 1, evidence: 'Nhập 12 hoạt động lên cổng' },
    ],
    weightedScore: 62.5,
    followUpPlan: 'Tập huấn quản lý tình nguyện viên trong quý III',
    assessedBy: 'cadre-7',
    assessedOn: '2026-07-02',
  },
};
const amend = (overrides: Partial<AmendCapacityAssessment>): AmendCapacityAssessment => ({
  type: 'AmendCapacityAssessment',
  assessmentId: 'r-commune:u-ta-van:2026-H1',
  today: '2026-07-09',
  actorId: 'cadre-8',
  ...overrides,
});
const finalise: CapacityAssessmentCommand = {
  type: 'FinaliseCapacityAssessment',
  assessmentId: 'r-commune:u-ta-van:2026-H1',
  today: '2026-07-15',
  actorId: 'cadre-9',
};
const finalised: CapacityAssessmentEvent = {
  type: 'CapacityAssessmentFinalised',
  data: { assessmentId: 'r-commune:u-ta-van:2026-H1', weightedScore: 62.5, finalisedBy: 'cadre-9', finalisedOn: '2026-07-15' },
};

const refusal = (command: CapacityAssessmentCommand, code: string, history: CapacityAssessmentEvent[] = []) =>
  given(capacityAssessmentDecider, history).when(command).thenFails(code);
const weightedScoreOf = (command: RecordCapacityAssessment) => {
  const [event] = capacityAssessmentDecider.decide(command, capacityAssessmentDecider.initialState());
  return event?.type === 'CapacityAssessmentRecorded' ? event.data.weightedScore : undefined;
};

describe('capacity assessments: recording', () => {
  it('records the scores in the rubric order with their weights, the weighted score, the assessor and the date', () => {
    given(capacityAssessmentDecider).when(record).then([recorded]);
    expect(capacityAssessmentStreamId(record.assessmentId)).toBe('capacity-assessment-r-commune:u-ta-van:2026-H1');
  });

  it('assesses a cadre against a rubric for cadres, with the cadre in the id', () => {
    const cadreRubric: LookedUpRubricVersion = {
      status: 'found',
      subjectKind: 'cadre',
      version: { version: 1, title: 'Cán bộ', scale: { min: 0, max: 4 }, criteria },
    };
    const subject = { kind: 'cadre', id: 'p-hoa', unitId: 'u-ta-van' };
    const scores = criteria.map(({ criterionId }) => ({ criterionId, score: 4 }));
    const command = recordWith({ assessmentId: 'r-cadre:p-hoa:2026', rubricId: 'r-cadre', subject, period: '2026', scores, rubric: cadreRubric });
    expect(weightedScoreOf(command)).toBe(100);
  });

  it('refuses a second assessment of the subject against the rubric for the period', () => {
    expect(refusal(record, 'CAPACITY_ASSESSMENT.ALREADY_RECORDED', [recorded]).details).toEqual({ assessmentId: 'r-commune:u-ta-van:2026-H1' });
  });

  it('refuses an id other than rubric:subject:period, saying which it must be', () => {
    const error = refusal(recordWith({ assessmentId: 'a-1' }), 'CAPACITY_ASSESSMENT.ID_MISMATCH');
    expect([error.field, error.details]).toEqual(['assessmentId', { expected: 'r-commune:u-ta-van:2026-H1' }]);
  });

  it('refuses a rubric that does not exist', () => {
    refusal(recordWith({ rubric: { status: 'none' } }), 'CAPACITY_RUBRIC.NOT_FOUND');
  });

  it('refuses a rubric version that does not exist, naming the latest', () => {
    const error = refusal(recordWith({ rubricVersion: 3, rubric: rubricVersion(3) }), 'CAPACITY_RUBRIC.VERSION_UNKNOWN');
    expect([error.field, error.details]).toEqual(['rubricVersion', { rubricId: 'r-commune', rubricVersion: 3, latestVersion: 2 }]);
  });

  it('refuses assessing a cadre against a rubric for units', () => {
    const cadre = { kind: 'cadre', id: 'p-hoa', unitId: 'u-ta-van' };
    const error = refusal(recordWith({ subject: cadre, assessmentId: 'r-commune:p-hoa:2026-H1' }), 'CAPACITY_ASSESSMENT.RUBRIC_SUBJECT_MISMATCH');
    expect(error.details).toEqual({ rubricSubjectKind: 'unit' });
  });

  it('refuses scores that leave a criterion unscored, naming it', () => {
    const error = refusal(recordWith({ scores: record.scores.slice(1) }), 'CAPACITY_ASSESSMENT.CRITERION_NOT_SCORED');
    expect([error.field, error.details]).toEqual(['scores', { criterionIds: ['digital'] }]);
  });

  it('refuses a criterion scored twice', () => {
    const twice = [...record.scores, { criterionId: 'plan', score: 4 }];
    expect(refusal(recordWith({ scores: twice }), 'CAPACITY_ASSESSMENT.CRITERION_SCORED_TWICE').field).toBe('scores.3.criterionId');
  });

  it('refuses a score for a criterion the rubric version does not have', () => {
    const extra = [...record.scores, { criterionId: 'network', score: 4 }];
    expect(refusal(recordWith({ scores: extra }), 'CAPACITY_ASSESSMENT.CRITERION_UNKNOWN').details).toEqual({ criterionId: 'network' });
  });

  it('refuses a score outside the scale, at either end', () => {
    const scoring = (score: number) =>
      recordWith({ scores: [{ criterionId: 'plan', score }, ...record.scores.slice(0, 1), { criterionId: 'people', score: 1 }] });
    const high = refusal(scoring(6), 'CAPACITY_ASSESSMENT.SCORE_OUT_OF_SCALE');
    expect([high.field, high.details]).toEqual(['scores.0.score', { score: 6, min: 1, max: 5 }]);
    refusal(scoring(0), 'CAPACITY_ASSESSMENT.SCORE_OUT_OF_SCALE');
    refusal(scoring(Number.NaN), 'CAPACITY_ASSESSMENT.SCORE_OUT_OF_SCALE');
    expect([weightedScoreOf(scoring(1)), weightedScoreOf(scoring(5))]).toEqual([12.5, 62.5]);
  });

  it('takes a year, a half-year or a quarter as the period', () => {
    const scoreFor = (period: string) => weightedScoreOf(recordWith({ period, assessmentId: `r-commune:u-ta-van:${period}` }));
    expect([scoreFor('2026'), scoreFor('2026-H1'), scoreFor('2026-Q3')]).toEqual([62.5, 62.5, 62.5]);
  });

  it('refuses a period in another format', () => {
    for (const period of ['2026-H3', '2026-Q5', '2026-06', 'H1-2026', '26']) {
      const error = refusal(recordWith({ period, assessmentId: `r-commune:u-ta-van:${period}` }), 'CAPACITY_ASSESSMENT.PERIOD_INVALID');
      expect([period, error.field]).toEqual([period, 'period']);
    }
  });

  it('refuses a period that has not begun by today', () => {
    const error = refusal(recordWith({ period: '2026-Q4', assessmentId: 'r-commune:u-ta-van:2026-Q4' }), 'CAPACITY_ASSESSMENT.PERIOD_NOT_STARTED');
    expect(error.details).toEqual({ period: '2026-Q4', startsOn: '2026-10-01', today: '2026-07-02' });
  });

  it('refuses a subject of an unknown kind, or a unit that names another unit as its own', () => {
    expect(refusal(recordWith({ subject: { kind: 'club', id: 'u-ta-van', unitId: 'u-ta-van' } }), 'CAPACITY_ASSESSMENT.SUBJECT_INVALID').field).toBe(
      'subject.kind',
    );
    const elsewhere = { kind: 'unit', id: 'u-ta-van', unitId: 'u-sa-pa' };
    expect(refusal(recordWith({ subject: elsewhere }), 'CAPACITY_ASSESSMENT.SUBJECT_INVALID').field).toBe('subject.unitId');
  });

  it('refuses blank required text, naming the field', () => {
    const fieldOf = (command: RecordCapacityAssessment) => refusal(command, 'CAPACITY_ASSESSMENT.FIELD_REQUIRED').field;
    expect([
      fieldOf(recordWith({ followUpPlan: '  ' })),
      fieldOf(recordWith({ subject: { kind: 'cadre', id: '', unitId: 'u-ta-van' } })),
      fieldOf(recordWith({ subject: { kind: 'cadre', id: 'p-hoa', unitId: '' } })),
      fieldOf(recordWith({ actorId: '' })),
    ]).toEqual(['followUpPlan', 'subject.id', 'subject.unitId', 'actorId']);
  });

  it('refuses a server date that is not a calendar date', () => {
    expect(refusal(recordWith({ today: '2026-13-01' }), 'CAPACITY_ASSESSMENT.DATE_INVALID').field).toBe('today');
  });
});

describe('capacity assessments: amending and finalising', () => {
  it('amends the scores as a whole and recomputes the weighted score', () => {
    const scores = [
      { criterionId: 'plan', score: 5 },
      { criterionId: 'people', score: 3, evidence: 'Sổ theo dõi 40 tình nguyện viên' },
      { criterionId: 'digital', score: 3 },
    ];
    const events = given(capacityAssessmentDecider, [recorded])
      .when(amend({ scores, note: 'Bổ sung minh chứng' }))
      .then([
        {
          type: 'CapacityAssessmentAmended',
          data: {
            assessmentId: 'r-commune:u-ta-van:2026-H1',
            scores: [
              { criterionId: 'plan', score: 5, weight: 2 },
              { criterionId: 'people', score: 3, weight: 1, evidence: 'Sổ theo dõi 40 tình nguyện viên' },
              { criterionId: 'digital', score: 3, weight: 1 },
            ],
            weightedScore: 75,
            followUpPlan: 'Tập huấn quản lý tình nguyện viên trong quý III',
            note: 'Bổ sung minh chứng',
            amendedBy: 'cadre-8',
            amendedOn: '2026-07-09',
          },
        },
      ]);
    expect((fold(capacityAssessmentDecider, [recorded, ...events]) as RecordedCapacityAssessment).weightedScore).toBe(75);
  });

  it('amends the follow-up plan alone, keeping the scores', () => {
    const { scores, weightedScore } = (recorded as Extract<CapacityAssessmentEvent, { type: 'CapacityAssessmentRecorded' }>).data;
    given(capacityAssessmentDecider, [recorded])
      .when(amend({ followUpPlan: 'Cử 2 cán bộ dự lớp ToT' }))
      .then([
        {
          type: 'CapacityAssessmentAmended',
          data: {
            assessmentId: record.assessmentId,
            scores,
            weightedScore,
            followUpPlan: 'Cử 2 cán bộ dự lớp ToT',
            amendedBy: 'cadre-8',
            amendedOn: '2026-07-09',
          },
        },
      ]);
  });

  it('decides nothing for an amendment that changes nothing', () => {
    given(capacityAssessmentDecider, [recorded])
      .when(amend({ scores: record.scores, followUpPlan: record.followUpPlan }))
      .then([]);
  });

  it('refuses an amendment with neither scores nor a plan', () => {
    refusal(amend({ note: 'xem lại' }), 'CAPACITY_ASSESSMENT.AMENDMENT_EMPTY', [recorded]);
  });

  it('checks amended scores against the recorded rubric version: every criterion once, within its scale', () => {
    refusal(amend({ scores: record.scores.slice(0, 2) }), 'CAPACITY_ASSESSMENT.CRITERION_NOT_SCORED', [recorded]);
    refusal(amend({ scores: [...record.scores.slice(0, 2), { criterionId: 'people', score: 9 }] }), 'CAPACITY_ASSESSMENT.SCORE_OUT_OF_SCALE', [recorded]);
    refusal(amend({ followUpPlan: '' }), 'CAPACITY_ASSESSMENT.FIELD_REQUIRED', [recorded]);
  });

  it('refuses amending or finalising an assessment that was never recorded', () => {
    refusal(amend({ followUpPlan: 'x' }), 'CAPACITY_ASSESSMENT.NOT_FOUND');
    refusal(finalise, 'CAPACITY_ASSESSMENT.NOT_FOUND');
  });

  it('finalises with the weighted score it then stands at', () => {
    given(capacityAssessmentDecider, [recorded]).when(finalise).then([finalised]);
  });

  it('refuses amending a finalised assessment, and finalising it again', () => {
    const error = refusal(amend({ followUpPlan: 'muộn' }), 'CAPACITY_ASSESSMENT.FINALISED', [recorded, finalised]);
    expect(error.details).toEqual({ assessmentId: record.assessmentId, finalisedOn: '2026-07-15' });
    refusal(finalise, 'CAPACITY_ASSESSMENT.FINALISED', [recorded, finalised]);
  });
});

describe('capacity assessments across periods', () => {
  it('scores the same standing the same on two rubric versions with different scales', () => {
    const h2 = recordWith({
      assessmentId: 'r-commune:u-ta-van:2026-H2',
      period: '2026-H2',
      rubricVersion: 2,
      rubric: rubricVersion(2),
      today: '2026-12-20',
      scores: [
        { criterionId: 'plan', score: 10 },
        { criterionId: 'people', score: 0 },
        { criterionId: 'digital', score: 5 },
      ],
    });
    expect([weightedScoreOf(record), weightedScoreOf(h2)]).toEqual([62.5, 62.5]);
  });
});
