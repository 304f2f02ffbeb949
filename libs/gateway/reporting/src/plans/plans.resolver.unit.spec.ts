import { directoryOf } from '@tn/gateway-registry';
import { directoryOver, managerOf, planIndicator, refusalOf, RESTRUCTURED } from '../core/access.test-fixtures';
import type { ReportingCheckpoints } from '../core/reporting-checkpoints';
import type { ReportingClient } from '../core/reporting-client';
import type { ReportingHierarchy } from '../core/reporting-hierarchy';
import { definitionsOf } from '../definitions/definition-reads';
import { activity, inputsOf } from '../engine/engine.test-fixtures';
import { factsOf } from '../values/fact-reads';
import { plansOf } from './plan-reads';
import type { PlanDoc } from './plan.read-model';
import { PlansResolver } from './plans.resolver';

jest.mock('@tn/gateway-registry', () => ({ today: () => '2026-12-07', directoryOf: jest.fn() }));
jest.mock('../definitions/definition-reads', () => ({ definitionsOf: jest.fn() }));
jest.mock('../values/fact-reads', () => ({ factsOf: jest.fn() }));
jest.mock('./plan-reads', () => ({ plansOf: jest.fn() }));

const planOf = (planId: string, ownerUnitId: string, status: PlanDoc['status'], indicatorIds: string[]): PlanDoc => ({
  planId,
  ownerUnitId,
  status,
  title: 'Kế hoạch 2025–2030',
  period: { fromYear: 2025, toYear: 2030 },
  objectives: [],
  indicators: indicatorIds.map((indicatorId) => ({ indicatorId, targets: [{ year: 2026, value: 50 }] })),
  parentPlanId: null,
  parentOwnerUnitId: null,
  levelLabel: null,
  adoptions: [],
  updatedAt: '2026-01-07T02:00:00.000Z',
});
// huyen's published plan (K1), its draft, and a plan of tinh naming another province's indicator.
const plans: Record<string, PlanDoc> = {
  'kh-huyen': planOf('kh-huyen', 'huyen', 'published', ['k1']),
  'kh-huyen-du-thao': planOf('kh-huyen-du-thao', 'huyen', 'draft', ['k1']),
  'kh-tinh': planOf('kh-tinh', 'tinh', 'published', ['k1', 'ct-tinh-2']),
};
const indicators = { 'ct-tinh-2': planIndicator('ct-tinh-2', 'tinh-2') } as Record<string, ReturnType<typeof planIndicator>>;
const inputsFor = jest.fn(async () => inputsOf(RESTRUCTURED, { activities: [activity('a1', 'xa-c', '2025-03-01')] }));
const client = { send: jest.fn(async () => ({ streamId: 'plan-x', version: 1, consistencyToken: 't' })) };
const resolver = new PlansResolver(
  client as unknown as ReportingClient,
  { current: async () => RESTRUCTURED } as unknown as ReportingHierarchy,
  { waitFor: async () => undefined } as unknown as ReportingCheckpoints,
);

beforeEach(() => {
  jest.clearAllMocks();
  (directoryOf as jest.Mock).mockReturnValue(directoryOver(RESTRUCTURED));
  (definitionsOf as jest.Mock).mockReturnValue({ plan: async (indicatorId: string) => indicators[indicatorId] });
  (factsOf as jest.Mock).mockReturnValue({ inputsFor });
  (plansOf as jest.Mock).mockReturnValue({ one: async (planId: string) => plans[planId] });
});

describe('planProgress', () => {
  it("counts stocks on the server's today for the year under way, on its last day for a year that has ended", async () => {
    const district = managerOf('huyen');
    expect((await resolver.planProgress(district, 'kh-huyen', 'huyen', 'Y2026')).map((row) => row.stocksOn)).toEqual(['2026-12-07']);
    expect((await resolver.planProgress(district, 'kh-huyen', 'huyen', 'Y2025')).map((row) => row.stocksOn)).toEqual(['2025-12-31']);
  });

  it('refuses a district a structure date that puts under it a commune it no longer reads, as an unknown unit', async () => {
    const district = managerOf('huyen');
    const unknown = await refusalOf(() => resolver.planProgress(district, 'kh-huyen', 'khong-co', 'Y2025'));
    expect(await refusalOf(() => resolver.planProgress(district, 'kh-huyen', 'huyen', 'Y2025', '2025-06-01', 'Đoàn xã'))).toEqual(unknown);
    expect(inputsFor).not.toHaveBeenCalled();
    expect(await resolver.planProgress(managerOf('tinh'), 'kh-huyen', 'huyen', 'Y2025', '2025-06-01', 'Đoàn xã')).toHaveLength(3);
  });

  it("answers a plan indicator the caller does not see as an unknown one, naming the plan's field", async () => {
    await expect(resolver.planProgress(managerOf('tinh'), 'kh-tinh', 'tinh', 'Y2025')).rejects.toMatchObject({
      code: 'INDICATOR_QUERY.UNKNOWN_INDICATOR',
      field: 'planId',
      details: { indicatorId: 'ct-tinh-2' },
    });
  });
});

describe('adoptPlan', () => {
  it('refuses a draft of a unit above as a plan that does not exist, sending nothing', async () => {
    const commune = managerOf('xa-a');
    const draft = await refusalOf(() => resolver.adoptPlan(commune, { planId: 'kh-huyen-du-thao', adoptingUnitId: 'xa-a' }));
    expect(draft).toEqual(await refusalOf(() => resolver.adoptPlan(commune, { planId: 'kh-khong-co', adoptingUnitId: 'xa-a' })));
    expect(draft.code).toBe('FORBIDDEN');
    expect(client.send).not.toHaveBeenCalled();
  });

  it('refuses a local plan id another plan holds, sending nothing; a free one adopts and opens the local plan', async () => {
    const commune = managerOf('xa-a');
    await expect(resolver.adoptPlan(commune, { planId: 'kh-huyen', adoptingUnitId: 'xa-a', localPlanId: 'kh-tinh' })).rejects.toMatchObject({
      code: 'PLAN.ALREADY_EXISTS',
      field: 'localPlanId',
    });
    expect(client.send).not.toHaveBeenCalled();
    expect(await resolver.adoptPlan(commune, { planId: 'kh-huyen', adoptingUnitId: 'xa-a', localPlanId: 'kh-xa-a' })).toMatchObject({ id: 'kh-xa-a' });
    expect((client.send.mock.calls as unknown[][]).map((call) => call[1])).toEqual(['AdoptPlan', 'OpenAdoptedPlan']);
  });
});
