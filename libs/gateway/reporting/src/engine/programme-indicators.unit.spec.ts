import { PROGRAMME_INDICATORS } from '@tn/reporting-contracts';
import {
  activity,
  agreement,
  cadre,
  campaign,
  declared,
  group,
  hierarchyOf,
  inputsOf,
  MERGE_EVENTS,
  PROVINCE_EVENTS,
  qualification,
} from './engine.test-fixtures';
import { evaluateIndicators, type IndicatorValue } from './evaluate';

/**
 * K1–K5 as the programme defines them, over one district's 2025 (restated to the structure of
 * 2025-12-31: xa-a and xa-b merged into xa-ab on 2025-07-01).
 */
const inputs = inputsOf(hierarchyOf([...PROVINCE_EVENTS, ...MERGE_EVENTS]), {
  activities: [
    // xa-a's activity counts for xa-ab; union-initiated, names model-1, led by a cadre trained before it.
    activity('a1', 'xa-a', '2025-03-01', { coordinationModelId: 'model-1', responsibleCadreId: 'trained', groupIds: ['g1'] }),
    // Federation-initiated, names the model, but its cadre was trained only afterwards.
    activity('a2', 'xa-ab', '2025-08-01', { initiator: 'youth-federation', coordinationModelId: 'model-1', responsibleCadreId: 'late' }),
    // Union-initiated without a model.
    activity('a3', 'xa-ab', '2025-09-01', { partnerIds: ['red-cross'] }),
    // School-initiated: outside K3's population.
    activity('a4', 'phuong-d', '2025-10-01', { initiator: 'school' }),
    activity('cancelled', 'xa-c', '2025-10-01', { cancelled: true }),
  ],
  campaigns: [campaign('c1', 'phuong-d', '2025-05-01')],
  declared: [declared('xa-ab', 'Y2025', 4), declared('phuong-d', 'Y2025', 4)],
  models: [{ modelId: 'model-1', curriculumId: 'curriculum-1' }],
  cadres: [
    cadre('trained', 'xa-ab', {
      completedCourses: [{ courseId: 'course-1', curriculumId: 'curriculum-1', completedOn: '2025-02-01' }],
      qualifications: [qualification('q1', '2025-02-01', '2028-02-01')],
    }),
    cadre('late', 'phuong-d', { completedCourses: [{ courseId: 'course-2', curriculumId: 'curriculum-1', completedOn: '2025-08-02' }] }),
    cadre('expired', 'xa-c', { qualifications: [qualification('q2', '2021-01-01', '2024-01-01')] }),
    cadre('unqualified', 'huyen'),
  ],
  groups: [
    group('g1', 'xa-a', '2024-11-01', { activityDates: ['2025-03-01'] }),
    group('g2', 'phuong-d', '2023-01-01'),
    group('g3', 'xa-c', '2025-11-01', { verifiedOn: undefined, affiliations: [] }),
    group('g4', 'xa-c', '2025-11-01', { verifiedOn: undefined, affiliations: [], declinedOn: '2025-11-20' }),
  ],
  agreements: [
    agreement('ag1', 'red-cross', 'xa-b'),
    agreement('ag2', 'bank', 'phuong-d', { partyUnitIds: ['xa-ab'] }),
    agreement('ag3', 'school', 'xa-c', { validTo: '2025-06-30' }),
  ],
});

const values = evaluateIndicators(PROGRAMME_INDICATORS, { rootUnitId: 'huyen', period: 'Y2025', structureDate: '2025-12-31' }, inputs);
function valueOf(indicatorId: string): IndicatorValue {
  const found = values.find((value) => value.indicatorId === indicatorId);
  if (!found) throw new Error(`no value of ${indicatorId}`);
  return found;
}

describe('programme indicators K1–K5', () => {
  it('gives one value per indicator, naming its version', () => {
    expect(values.map((value) => value.indicatorId)).toEqual(PROGRAMME_INDICATORS.map((definition) => definition.indicatorId));
    expect(values.every((value) => value.version === 1 && value.unitId === 'huyen' && value.period === 'Y2025')).toBe(true);
  });

  it('K1: the share of active units with an activity or campaign', () => {
    // Active: huyen, xa-ab, xa-c, phuong-d; xa-ab (a1–a3) and phuong-d (a4, c1) recorded some.
    expect(valueOf('k1')).toMatchObject({ value: 50, numerator: 2, denominator: 4, unitsCounted: 4, target: { year: 2025, value: 60 } });
    expect(valueOf('k1').progress).toBeCloseTo(50 / 60);
  });

  it('K2: recorded activities against those declared held', () => {
    expect(valueOf('k2')).toMatchObject({ value: 50, numerator: 4, denominator: 8, target: { year: 2025, value: 60 } });
  });

  it('K3: union- and federation-initiated activities applying a model, led by a cadre trained on it by then', () => {
    expect(valueOf('k3')).toMatchObject({ numerator: 1, denominator: 3, target: { year: 2025, value: 80 } });
    expect(valueOf('k3').value).toBeCloseTo(100 / 3);
  });

  it('K4: dedicated cadres holding a valid qualification on the last day', () => {
    expect(valueOf('k4')).toMatchObject({ value: 25, numerator: 1, denominator: 4, target: { year: 2025, value: 80 } });
  });

  it('K5: groups registered, verified and active; partners in force; joint activities', () => {
    expect(valueOf('k5-groups-registered').value).toBe(3);
    expect(valueOf('k5-groups-verified').value).toBe(2);
    // g1 took part in a1; g2's last sign of life was its registration in 2023.
    expect(valueOf('k5-groups-active').value).toBe(1);
    expect(valueOf('k5-partners').value).toBe(2);
    expect(valueOf('k5-joint-activities').value).toBe(2);
    expect(valueOf('k5-partners').target).toBeUndefined();
  });
});
