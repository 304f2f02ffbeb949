import { K5_GROUPS_REGISTERED, type IndicatorDefinition } from '@tn/reporting-contracts';
import { activity, hierarchyOf, inputsOf, PROVINCE_EVENTS } from '../engine/engine.test-fixtures';
import { programmeReviewOf, reviewYears } from './programme-review';

const HIERARCHY = hierarchyOf(PROVINCE_EVENTS);
// Activities per year, at least 2 per commune by 2025 (at-least), and at most 3 per commune (at-most), to show both directions.
const activities = (targets: IndicatorDefinition['targets']): IndicatorDefinition => ({
  ...K5_GROUPS_REGISTERED,
  indicatorId: 'ct-hoat-dong',
  code: 'CT1',
  formula: { kind: 'count', measure: { source: 'flows', kinds: ['activity'], aggregate: 'count' } },
  targets,
  origin: 'plan',
  ownerUnitId: 'tinh',
});
const inputs = inputsOf(HIERARCHY, {
  activities: [
    activity('a1', 'xa-a', '2023-05-01'),
    activity('a2', 'xa-a', '2025-03-01'),
    activity('a3', 'xa-a', '2025-04-01'),
    activity('a4', 'xa-b', '2025-04-01'),
    activity('a5', 'xa-b', '2024-04-01'),
  ],
});
const ask = { unitId: 'huyen', year: 2025, fromYear: 2023, structureDate: '2026-12-07', today: '2026-12-07' };

describe('programme review', () => {
  it('runs the trend from the programme’s start to the review’s year', () => {
    expect(reviewYears(2023, 2025)).toEqual([2023, 2024, 2025]);
    expect(reviewYears(2023, 2030)).toHaveLength(8);
  });

  it("gives the unit's value each year, its target and progress in the review's year, and the units behind", () => {
    const [row] = programmeReviewOf([activities([{ year: 2025, value: 2 }])], ask, ['xa-a', 'xa-b', 'xa-c'], inputs);
    expect(row).toMatchObject({
      indicatorId: 'ct-hoat-dong',
      trend: [
        { year: 2023, value: 1 },
        { year: 2024, value: 1 },
        { year: 2025, value: 3 },
      ],
      value: 3,
      target: 2,
      direction: 'at-least',
      reached: true,
      progress: 1.5,
    });
    expect(row?.units).toEqual([
      { unitId: 'xa-a', value: 2, target: 2, reached: true },
      { unitId: 'xa-b', value: 1, target: 2, reached: false },
      { unitId: 'xa-c', value: 0, target: 2, reached: false },
    ]);
    expect(row?.behindTarget).toEqual(['xa-b', 'xa-c']);
  });

  it('reads an at-most target downwards, and marks nothing behind without a target', () => {
    const [capped] = programmeReviewOf([activities([{ year: 2025, value: 1, direction: 'at-most' }])], ask, ['xa-a', 'xa-b'], inputs);
    expect(capped).toMatchObject({ direction: 'at-most', reached: false, behindTarget: ['xa-a'] });
    const [untargeted] = programmeReviewOf([activities([])], ask, ['xa-a'], inputs);
    expect(untargeted).toMatchObject({ target: null, reached: null, direction: null, behindTarget: [], units: [{ unitId: 'xa-a', reached: null }] });
  });
});
