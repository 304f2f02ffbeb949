import { managerOf } from '../core/access.test-fixtures';
import { isOfferedTo, localPlanIdFor } from './plan-adoption';
import type { PlanReads } from './plan-reads';
import type { PlanDoc } from './plan.read-model';

const planOf = (planId: string, ownerUnitId: string, more: Partial<PlanDoc> = {}): PlanDoc => ({
  planId,
  ownerUnitId,
  status: 'published',
  title: 'Kế hoạch 2025–2030',
  period: { fromYear: 2025, toYear: 2030 },
  objectives: [],
  indicators: [],
  parentPlanId: null,
  parentOwnerUnitId: null,
  levelLabel: null,
  adoptions: [],
  updatedAt: '2026-01-07T02:00:00.000Z',
  ...more,
});

// tinh's published plan kh, adopted by xa-a into kh-xa-a; huyen's own draft kh-huyen.
const parent = planOf('kh', 'tinh', { adoptions: [{ unitId: 'xa-a', localPlanId: 'kh-xa-a', adoptedAt: '2026-02-01T02:00:00.000Z' }] });
const localPlan = planOf('kh-xa-a', 'xa-a', { status: 'adopted', parentPlanId: 'kh', parentOwnerUnitId: 'tinh' });
const draft = planOf('kh-huyen', 'huyen', { status: 'draft' });
const stored: Record<string, PlanDoc> = { kh: parent, 'kh-xa-a': localPlan, 'kh-huyen': draft };
const reads = { one: async (planId: string) => stored[planId] } as unknown as PlanReads;
const commune = managerOf('xa-b');

describe('adopting a plan', () => {
  it('offers a unit only the published plans of the units above it: a draft is answered as a plan that does not exist', () => {
    const lineage = ['xa-b', 'huyen', 'tinh'];
    expect(isOfferedTo(parent, lineage)).toBe(true);
    expect(isOfferedTo(draft, lineage)).toBe(false);
    expect(isOfferedTo(planOf('kh-2', 'tinh-2'), lineage)).toBe(false);
    expect(isOfferedTo(localPlan, ['xa-a', 'huyen', 'tinh'])).toBe(false);
  });

  it('refuses a local plan id another plan holds before anything is sent, as the service would (the adoption could never be opened)', async () => {
    for (const taken of ['kh-huyen', 'kh', 'kh-xa-a']) {
      await expect(localPlanIdFor(commune, reads, parent, { adoptingUnitId: 'xa-b', localPlanId: taken })).rejects.toMatchObject({
        code: 'PLAN.ALREADY_EXISTS',
        field: 'localPlanId',
        details: { planId: taken },
      });
    }
    expect(await localPlanIdFor(commune, reads, parent, { adoptingUnitId: 'xa-b', localPlanId: 'kh-xa-b' })).toBe('kh-xa-b');
  });

  it("takes the unit's own local plan of this parent again (a retry), and completes an adoption whose local plan never opened", async () => {
    expect(await localPlanIdFor(managerOf('xa-a'), reads, parent, { adoptingUnitId: 'xa-a', localPlanId: 'kh-xa-a' })).toBe('kh-xa-a');
    const cutShort = planOf('kh', 'tinh', { adoptions: [{ unitId: 'xa-b', localPlanId: 'kh-xa-b-1', adoptedAt: '2026-02-02T02:00:00.000Z' }] });
    expect(await localPlanIdFor(commune, reads, cutShort, { adoptingUnitId: 'xa-b' })).toBe('kh-xa-b-1');
    expect(await localPlanIdFor(commune, reads, cutShort, { adoptingUnitId: 'xa-b', localPlanId: 'kh-xa-b-1' })).toBe('kh-xa-b-1');
  });

  it('makes a fresh id when none is asked', async () => {
    const fresh = await localPlanIdFor(commune, reads, parent, { adoptingUnitId: 'xa-b' });
    expect(fresh).toEqual(expect.any(String));
    expect(stored[fresh]).toBeUndefined();
  });
});
