import type { FlowFilter, Measure } from '@tn/reporting-contracts';
import { activity, cadre, campaign, countOf, hierarchyOf, inputsOf, MERGE_EVENTS, PROVINCE_EVENTS, qualification, result } from './engine.test-fixtures';
import type { EvaluationInputs } from './evaluation-context';

const hierarchy = hierarchyOf([...PROVINCE_EVENTS, ...MERGE_EVENTS]);
const Q3 = { rootUnitId: 'huyen', period: 'Q2025-3', structureDate: '2025-12-31' };

const activities = (filter?: FlowFilter): Measure => ({ source: 'flows', kinds: ['activity'], aggregate: 'count', ...(filter ? { filter } : {}) });

describe('activity and campaign flows', () => {
  const inputs = inputsOf(hierarchy, {
    activities: [
      activity('first-day', 'xa-ab', '2025-07-01'),
      activity('last-day', 'phuong-d', '2025-09-30'),
      activity('before', 'phuong-d', '2025-06-30'),
      activity('after', 'phuong-d', '2025-10-01'),
      activity('cancelled', 'phuong-d', '2025-08-01', { cancelled: true }),
    ],
    campaigns: [campaign('launch', 'huyen', '2025-08-15'), campaign('old', 'huyen', '2024-08-15')],
  });

  it('counts activities not cancelled whose day lies in the period, both ends included', () => {
    expect(countOf(activities(), Q3, inputs)).toBe(2);
  });

  it('counts campaigns by their day, and each kind named on its own', () => {
    expect(countOf({ source: 'flows', kinds: ['campaign'], aggregate: 'count' }, Q3, inputs)).toBe(1);
    expect(countOf({ source: 'flows', kinds: ['activity', 'campaign'], aggregate: 'count' }, Q3, inputs)).toBe(3);
  });

  it('counts only facts carried into the subtree', () => {
    expect(countOf(activities(), { ...Q3, rootUnitId: 'phuong-d' }, inputs)).toBe(1);
    expect(countOf(activities(), { ...Q3, rootUnitId: 'tinh' }, inputs)).toBe(2);
  });
});

describe('outputs and resources', () => {
  const inputs = inputsOf(hierarchy, {
    activities: [
      activity('cleanup', 'phuong-d', '2025-06-20', {
        results: {
          'o1/trees': result('output', 'trees-planted', 120, '2025-07-02'),
          'o1/km': result('output', 'km-cleaned', 3, '2025-07-02'),
          'o2/trees': result('output', 'trees-planted', 30, '2025-10-02'),
          r1: result('resource', 'money-vnd', 5_000_000, '2025-08-01'),
          r2: result('resource', 'in-kind-vnd', 1_500_000, '2025-09-01'),
        },
      }),
      activity('void', 'phuong-d', '2025-07-20', { cancelled: true, results: { 'o9/trees': result('output', 'trees-planted', 999, '2025-07-21') } }),
    ],
  });

  it('sums the quantity of results dated in the period, whatever the activity’s own day', () => {
    expect(countOf({ source: 'flows', kinds: ['output'], aggregate: 'quantity', filter: { measures: ['trees-planted'] } }, Q3, inputs)).toBe(120);
    expect(countOf({ source: 'flows', kinds: ['resource'], aggregate: 'quantity' }, Q3, inputs)).toBe(6_500_000);
    expect(countOf({ source: 'flows', kinds: ['resource'], aggregate: 'quantity', filter: { measures: ['money-vnd'] } }, Q3, inputs)).toBe(5_000_000);
  });

  it('counts results one by one with count', () => {
    expect(countOf({ source: 'flows', kinds: ['output'], aggregate: 'count' }, Q3, inputs)).toBe(2);
  });

  it('reads a measures filter on an activity as “recorded a result of the measure”', () => {
    const july = { ...Q3, period: 'Y2025' };
    expect(countOf(activities({ measures: ['km-cleaned'] }), july, inputs)).toBe(1);
    expect(countOf(activities({ measures: ['blood-units'] }), july, inputs)).toBe(0);
    expect(
      countOf(
        { source: 'flows', kinds: ['campaign'], aggregate: 'count', filter: { measures: ['km-cleaned'] } },
        july,
        inputsOf(hierarchy, { campaigns: [campaign('c', 'huyen', '2025-03-01')] }),
      ),
    ).toBe(0);
  });
});

describe('joint activities', () => {
  it('counts activities naming a group or a partner', () => {
    const inputs = inputsOf(hierarchy, {
      activities: [
        activity('with-group', 'phuong-d', '2025-07-10', { groupIds: ['g1'] }),
        activity('with-partner', 'xa-ab', '2025-07-11', { partnerIds: ['p1'] }),
        activity('alone', 'xa-ab', '2025-07-12'),
        activity('cancelled', 'xa-ab', '2025-07-13', { partnerIds: ['p1'], cancelled: true }),
      ],
    });
    expect(countOf({ source: 'flows', kinds: ['joint-activity'], aggregate: 'count' }, Q3, inputs)).toBe(2);
  });
});

describe('flow filters', () => {
  const inputs: EvaluationInputs = inputsOf(hierarchy, {
    activities: [
      activity('env-union', 'xa-ab', '2025-07-10', { domains: ['environment', 'health'], initiator: 'union' }),
      activity('edu-federation', 'phuong-d', '2025-07-11', { domains: ['education'], initiator: 'youth-federation', coordinationModelId: 'model-1' }),
      activity('health-school', 'phuong-d', '2025-07-12', { domains: ['health'], initiator: 'school' }),
    ],
  });

  it('matches domains when they share one, initiators when one is named', () => {
    expect(countOf(activities({ domains: ['health', 'culture'] }), Q3, inputs)).toBe(2);
    expect(countOf(activities({ initiators: ['union', 'youth-federation'] }), Q3, inputs)).toBe(2);
    expect(countOf(activities({ domains: ['health'], initiators: ['union'] }), Q3, inputs)).toBe(1);
    expect(countOf(activities({ domains: [] }), Q3, inputs)).toBe(3);
  });

  it('tells activities that name a model from those that do not', () => {
    expect(countOf(activities({ namesModel: true }), Q3, inputs)).toBe(1);
    expect(countOf(activities({ namesModel: false }), Q3, inputs)).toBe(2);
  });

  it('reads the units filter on the carrier’s profile on the structure date', () => {
    const mountainous = activities({ units: { flags: { mountainous: true } } });
    // xa-ab (mountainous) carries xa-a's activity once merged; before, xa-a (not mountainous) carries it.
    const old = inputsOf(hierarchy, { activities: [activity('old', 'xa-a', '2025-03-01')] });
    expect(countOf(mountainous, { ...Q3, period: 'Y2025' }, old)).toBe(1);
    expect(countOf(mountainous, { ...Q3, period: 'Y2025', structureDate: '2025-06-30' }, old)).toBe(0);
    expect(countOf(activities({ units: { levelLabels: ['Đoàn phường'] } }), Q3, inputs)).toBe(2);
    expect(countOf(activities({ units: { organisations: ['union'] } }), Q3, inputs)).toBe(1);
    expect(countOf(activities({ units: { flags: { mountainous: false } } }), Q3, inputs)).toBe(2);
  });
});

describe('modelTrained', () => {
  const trained = activities({ namesModel: true, modelTrained: true });
  const untrained = activities({ namesModel: true, modelTrained: false });
  const led = (activityId: string, cadreId: string, on = '2025-08-10') =>
    activity(activityId, 'phuong-d', on, { coordinationModelId: 'model-1', responsibleCadreId: cadreId });
  const base = {
    models: [{ modelId: 'model-1', curriculumId: 'curriculum-1' }],
    cadres: [
      cadre('course-before', 'phuong-d', { completedCourses: [{ courseId: 'k1', curriculumId: 'curriculum-1', completedOn: '2025-08-10' }] }),
      cadre('course-after', 'phuong-d', { completedCourses: [{ courseId: 'k2', curriculumId: 'curriculum-1', completedOn: '2025-08-11' }] }),
      cadre('other-curriculum', 'phuong-d', { completedCourses: [{ courseId: 'k3', curriculumId: 'curriculum-2', completedOn: '2024-01-01' }] }),
      cadre('qualified', 'phuong-d', {
        qualifications: [qualification('q1', '2025-05-01', '2027-05-01', { curriculumId: 'curriculum-1', revokedOn: '2025-06-01' })],
      }),
    ],
  };

  it('holds when the responsible cadre completed the model’s curriculum on or before the activity’s day', () => {
    const inputs = inputsOf(hierarchy, {
      ...base,
      activities: [led('a1', 'course-before'), led('a2', 'course-after'), led('a3', 'other-curriculum'), led('a4', 'nobody')],
    });
    expect(countOf(trained, Q3, inputs)).toBe(1);
    expect(countOf(untrained, Q3, inputs)).toBe(3);
  });

  it('holds for a qualification granted for the curriculum (a later revocation does not undo the training)', () => {
    expect(countOf(trained, Q3, inputsOf(hierarchy, { ...base, activities: [led('a1', 'qualified')] }))).toBe(1);
  });

  it('never holds for an activity without a known model, nor for a campaign', () => {
    const inputs = inputsOf(hierarchy, {
      ...base,
      activities: [
        activity('no-model', 'phuong-d', '2025-08-10', { responsibleCadreId: 'course-before' }),
        activity('unknown', 'phuong-d', '2025-08-10', { coordinationModelId: 'model-9', responsibleCadreId: 'course-before' }),
      ],
      campaigns: [campaign('c', 'phuong-d', '2025-08-10', { coordinationModelId: 'model-1' })],
    });
    expect(countOf({ source: 'flows', kinds: ['activity', 'campaign'], aggregate: 'count', filter: { modelTrained: true } }, Q3, inputs)).toBe(0);
  });
});
