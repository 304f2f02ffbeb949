import { ApiError } from '@tn/gateway-graphql-kit';
import { isOwnAssessment } from './assessment-access';
import { assessmentIdOf, capacityAssessmentView, subjectPartOf } from './capacity-assessments.resolver';
import type { CapacityAssessmentDoc } from './capacity-assessment.read-model';

const codeOf = (act: () => unknown) => {
  try {
    act();
  } catch (error) {
    return error instanceof ApiError ? { code: error.code, field: error.extensions['field'] } : error;
  }
  return undefined;
};

describe('recording a capacity assessment through the gateway', () => {
  it('takes a unit subject as its own unit when none is given, and keeps a given one', () => {
    expect(subjectPartOf({ kind: 'unit', id: 'xa-ta-van' }, 'en')).toEqual({ kind: 'unit', id: 'xa-ta-van', unitId: 'xa-ta-van' });
    expect(subjectPartOf({ kind: 'cadre', id: 'cadre-7', unitId: 'xa-ta-van' }, 'en')).toEqual({ kind: 'cadre', id: 'cadre-7', unitId: 'xa-ta-van' });
  });

  it('refuses a cadre without their unit (the permission is checked over it), and an unknown kind, naming the field', () => {
    expect(codeOf(() => subjectPartOf({ kind: 'cadre', id: 'cadre-7' }, 'en'))).toEqual({
      code: 'CAPACITY_ASSESSMENT.FIELD_REQUIRED',
      field: 'subject.unitId',
    });
    expect(codeOf(() => subjectPartOf({ kind: 'team', id: 't' }, 'en'))).toEqual({ code: 'CAPACITY_ASSESSMENT.SUBJECT_INVALID', field: 'subject.kind' });
  });

  it('derives the id from the rubric, the subject and the period, so a second one for them is a conflict', () => {
    expect(assessmentIdOf('rb-cadre', 'cadre-7', '2026-Q3', 'en')).toBe('rb-cadre:cadre-7:2026-Q3');
  });

  it('refuses a period that is none before deriving an id, and an id past the entity-id length', () => {
    expect(codeOf(() => assessmentIdOf('rb', 's', '2026-07', 'en'))).toEqual({ code: 'CAPACITY_ASSESSMENT.PERIOD_INVALID', field: 'period' });
    expect(codeOf(() => assessmentIdOf('r'.repeat(80), 's'.repeat(60), '2026', 'en'))).toEqual({ code: 'INPUT.ID_INVALID', field: 'subject.id' });
  });
});

describe('reading capacity assessments', () => {
  const doc: CapacityAssessmentDoc = {
    assessmentId: 'rb:cadre-7:2026',
    subjectKind: 'cadre',
    subjectId: 'cadre-7',
    unitId: 'xa-ta-van',
    rubricId: 'rb',
    rubricVersion: 1,
    period: '2026',
    periodStartsOn: '2026-01-01',
    periodEndsOn: '2026-12-31',
    scale: { min: 0, max: 10 },
    scores: [{ criterionId: 'c', score: 7, weight: 1, share: 1 }],
    weightedScore: 70,
    followUpPlan: 'Kế hoạch',
    status: 'recorded',
    assessedBy: 'acc-1',
    assessedOn: '2026-12-31',
    amendments: [{ by: 'acc-2', on: '2027-01-02' }],
    amendmentCount: 1,
  };

  it('shows the subject as one object and absent optionals as null', () => {
    const view = capacityAssessmentView(doc);
    expect(view.subject).toEqual({ kind: 'cadre', id: 'cadre-7', unitId: 'xa-ta-van' });
    expect(view.scores[0]?.evidence).toBeNull();
    expect(view.amendments[0]?.note).toBeNull();
    expect([view.finalisedBy, view.finalisedOn]).toEqual([null, null]);
  });

  it('lets a cadre read their own assessments, and no one else by that rule', () => {
    expect(isOwnAssessment(doc, 'cadre-7')).toBe(true);
    expect(isOwnAssessment(doc, 'cadre-8')).toBe(false);
    expect(isOwnAssessment(doc, undefined)).toBe(false);
    expect(isOwnAssessment({ subjectKind: 'unit', subjectId: 'xa-ta-van' }, 'xa-ta-van')).toBe(false);
  });
});
