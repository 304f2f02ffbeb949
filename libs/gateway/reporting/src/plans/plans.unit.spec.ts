import { K1, type PlanAdopted, type PlanDrafted } from '@tn/reporting-contracts';
import { activity, definitionOf, hierarchyOf, inputsOf, PROVINCE_EVENTS } from '../engine/engine.test-fixtures';
import { envelope, fold } from '../facts/fact-envelopes.test-fixtures';
import { valueUnitsOf } from '../values/value-units';
import { planProgressOf } from './plan-progress';
import { type PlanDoc, planProjection } from './plan.read-model';

const content = {
  title: 'Kế hoạch 2025–2030',
  period: { fromYear: 2025, toYear: 2030 },
  objectives: [{ objectiveId: 'mt-1', text: 'Mọi cơ sở có hoạt động' }],
  indicators: [{ indicatorId: 'k1', objectiveId: 'mt-1', targets: [{ year: 2030, value: 100, levelLabel: 'Đoàn xã' }] }],
};
const drafted: PlanDrafted = { planId: 'kh', ownerUnitId: 'tinh', ...content, draftedBy: 'acc-1', draftedAt: '2026-01-05T02:00:00.000Z' };
const adopted: PlanAdopted = {
  planId: 'kh-xa-a',
  ownerUnitId: 'xa-a',
  ...content,
  indicators: [{ indicatorId: 'k1', objectiveId: 'mt-1', targets: [{ year: 2030, value: 100 }] }],
  parentPlanId: 'kh',
  parentOwnerUnitId: 'tinh',
  levelLabel: 'Đoàn xã',
  adoptedBy: 'acc-2',
  adoptedAt: '2026-02-01T02:00:00.000Z',
};
const evolve = planProjection.evolve as (doc: PlanDoc | null, event: never) => PlanDoc | null;

describe('plans read model', () => {
  it('keeps one document per plan, read by owner unit and by the plan it was adopted from', () => {
    expect(planProjection.collection).toBe('gw_reporting_plans');
    expect(planProjection.indexes).toEqual([{ ownerUnitId: 1 }, { parentPlanId: 1 }]);
    expect(planProjection.documentId(envelope('PlanAdoptionRecorded', { planId: 'kh', adoptingUnitId: 'xa-a', localPlanId: 'kh-xa-a' }))).toBe('kh');
  });

  it('follows a plan from draft to published, with its adoptions (one per unit, the last recorded)', () => {
    const doc = fold(evolve, [
      envelope('PlanDrafted', { ...drafted }),
      envelope('PlanRevised', { ...drafted, title: 'Kế hoạch giai đoạn 2025–2030', revisedBy: 'acc-1', revisedAt: '2026-01-06T02:00:00.000Z' }),
      envelope('PlanPublished', { planId: 'kh', ownerUnitId: 'tinh', publishedBy: 'acc-1', publishedAt: '2026-01-07T02:00:00.000Z' }),
      envelope('PlanAdoptionRecorded', { planId: 'kh', adoptingUnitId: 'xa-a', localPlanId: 'kh-xa-a', adoptedAt: '2026-02-01T02:00:00.000Z' }),
      envelope('PlanAdoptionRecorded', { planId: 'kh', adoptingUnitId: 'xa-b', localPlanId: 'kh-xa-b', adoptedAt: '2026-02-02T02:00:00.000Z' }),
    ]);
    expect(doc).toMatchObject({ status: 'published', title: 'Kế hoạch giai đoạn 2025–2030', parentPlanId: null, updatedAt: '2026-01-07T02:00:00.000Z' });
    expect(doc?.adoptions.map(({ unitId, localPlanId }) => [unitId, localPlanId])).toEqual([
      ['xa-a', 'kh-xa-a'],
      ['xa-b', 'kh-xa-b'],
    ]);
  });

  it('opens a local plan with its parent and level, and takes the targets it sets', () => {
    const targets = [{ year: 2026, value: 100 }];
    const doc = fold(evolve, [
      envelope('PlanAdopted', { ...adopted }),
      envelope('PlanTargetsSet', { planId: 'kh-xa-a', ownerUnitId: 'xa-a', indicatorId: 'k1', targets, setBy: 'acc-2', setAt: '2026-02-03T02:00:00.000Z' }),
    ]);
    expect(doc).toMatchObject({ status: 'adopted', ownerUnitId: 'xa-a', parentPlanId: 'kh', parentOwnerUnitId: 'tinh', levelLabel: 'Đoàn xã' });
    expect(doc?.indicators[0]?.targets).toEqual(targets);
  });
});

describe("a plan's progress", () => {
  // tinh > huyen > xa-a, xa-b, xa-c (communes), phuong-d (a ward). In 2025, xa-a and xa-c held an activity.
  const hierarchy = hierarchyOf(PROVINCE_EVENTS);
  const inputs = inputsOf(hierarchy, { activities: [activity('a1', 'xa-a', '2025-03-01'), activity('a2', 'xa-c', '2025-09-01')] });
  const activities = { ...definitionOf({ kind: 'count', measure: { source: 'flows', kinds: ['activity'], aggregate: 'count' } }), indicatorId: 'kh-hoat-dong' };
  // K1: 60% of the province's units in 2025, every commune branch 100%; activities: at most 1 per unit's subtree in 2025, 10 by 2030.
  const k1Planned = {
    indicatorId: 'k1',
    targets: [
      { year: 2025, value: 60 },
      { year: 2025, value: 100, levelLabel: 'Đoàn xã' },
    ],
  };
  const plan = {
    planId: 'kh',
    indicators: [k1Planned, { indicatorId: 'kh-hoat-dong', targets: [{ year: 2030, value: 10, direction: 'at-most' as const }] }],
  };
  const query = { period: 'Y2025', structureDate: '2025-12-31', today: '2026-12-07' };
  const summary = (rows: ReturnType<typeof planProgressOf>) =>
    rows.map(({ unitId, indicatorId, value, target, targetYear, direction, reached }) => ({
      unitId,
      indicatorId,
      value,
      target,
      targetYear,
      direction,
      reached,
    }));

  it("measures the unit's values against the plan's targets for its level, else the subtree's", () => {
    const rows = planProgressOf(plan, [K1, activities], ['tinh'], query, inputs);
    expect(summary(rows)).toEqual([
      // 2 of the 6 units (tinh, huyen, three communes, a ward): the province's own target is the subtree's 60.
      { unitId: 'tinh', indicatorId: 'k1', value: (2 / 6) * 100, target: 60, targetYear: 2025, direction: 'at-least', reached: false },
      // No target for 2025: the next one, 2030's, at most 10.
      { unitId: 'tinh', indicatorId: 'kh-hoat-dong', value: 2, target: 10, targetYear: 2030, direction: 'at-most', reached: true },
    ]);
    expect(rows[0]).toMatchObject({ planId: 'kh', version: 1, levelLabel: 'Tỉnh đoàn', numerator: 2, denominator: 6, progress: ((2 / 6) * 100) / 60 });
  });

  it('gives one row per unit of a level, each against its level’s target: the commune behind shows', () => {
    const units = valueUnitsOf(hierarchy, 'tinh', query.structureDate, 'Đoàn xã');
    expect(units).toEqual(['xa-a', 'xa-b', 'xa-c']);
    const k1 = planProgressOf({ planId: 'kh', indicators: [k1Planned] }, [K1], units, query, inputs);
    expect(summary(k1)).toEqual([
      { unitId: 'xa-a', indicatorId: 'k1', value: 100, target: 100, targetYear: 2025, direction: 'at-least', reached: true },
      { unitId: 'xa-b', indicatorId: 'k1', value: 0, target: 100, targetYear: 2025, direction: 'at-least', reached: false },
      { unitId: 'xa-c', indicatorId: 'k1', value: 100, target: 100, targetYear: 2025, direction: 'at-least', reached: true },
    ]);
    expect(valueUnitsOf(hierarchy, 'huyen', query.structureDate)).toEqual(['huyen']);
  });

  it('leaves target, progress and reached empty when the plan sets no target that applies', () => {
    const [row] = planProgressOf({ planId: 'kh', indicators: [{ indicatorId: 'k1', targets: [] }] }, [K1], ['xa-b'], query, inputs);
    expect(row).toMatchObject({ value: 0, target: null, targetYear: null, direction: null, progress: null, reached: null });
  });

  it('counts stocks on the server’s today while the period is under way, on its last day once it has ended', () => {
    const stocksOn = (today: string) => planProgressOf({ planId: 'kh', indicators: [k1Planned] }, [K1], ['tinh'], { ...query, today }, inputs)[0]?.stocksOn;
    expect(stocksOn('2025-06-30')).toBe('2025-06-30');
    expect(stocksOn('2026-12-07')).toBe('2025-12-31');
  });
});
