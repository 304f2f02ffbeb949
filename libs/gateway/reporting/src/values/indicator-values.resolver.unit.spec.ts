import { directoryOf } from '@tn/gateway-registry';
import { contextOf, directoryOver, managerOf, planIndicator, refusalOf, RESTRUCTURED } from '../core/access.test-fixtures';
import type { ReportingCheckpoints } from '../core/reporting-checkpoints';
import type { ReportingHierarchy } from '../core/reporting-hierarchy';
import { definitionsOf } from '../definitions/definition-reads';
import { activity, inputsOf } from '../engine/engine.test-fixtures';
import { factsOf } from './fact-reads';
import { IndicatorValuesResolver } from './indicator-values.resolver';

jest.mock('@tn/gateway-registry', () => ({ today: () => '2026-12-07', directoryOf: jest.fn() }));
jest.mock('../definitions/definition-reads', () => ({ definitionsOf: jest.fn() }));
jest.mock('./fact-reads', () => ({ factsOf: jest.fn() }));

// xa-c (huyen's until it moved to huyen-2 on 2026-01-01) held an activity in 2025; tinh-2 defined ct-tinh-2.
const inputsFor = jest.fn(async () => inputsOf(RESTRUCTURED, { activities: [activity('a1', 'xa-c', '2025-03-01')] }));
const resolver = new IndicatorValuesResolver(
  { current: async () => RESTRUCTURED } as unknown as ReportingHierarchy,
  { waitFor: async () => undefined } as unknown as ReportingCheckpoints,
);
const activities = planIndicator('ct-tinh-2', 'tinh-2');

beforeEach(() => {
  jest.clearAllMocks();
  (directoryOf as jest.Mock).mockReturnValue(directoryOver(RESTRUCTURED));
  (definitionsOf as jest.Mock).mockReturnValue({ plan: async (indicatorId: string) => (indicatorId === activities.indicatorId ? activities : undefined) });
  (factsOf as jest.Mock).mockReturnValue({ inputsFor });
});

describe('indicatorValues', () => {
  it("counts stocks on the server's today for the year under way, on the last day of a year that has ended", async () => {
    const values = await resolver.indicatorValues(managerOf('huyen'), ['k1'], ['Y2026', 'Y2025'], ['huyen']);
    expect(values.map(({ period, stocksOn }) => ({ period, stocksOn }))).toEqual([
      { period: 'Y2026', stocksOn: '2026-12-07' },
      { period: 'Y2025', stocksOn: '2025-12-31' },
    ]);
  });

  it('refuses a district a structure date that puts under it a commune it no longer reads, per unit too, before reading any fact', async () => {
    const district = managerOf('huyen');
    const unknown = await refusalOf(() => resolver.indicatorValues(district, ['k1'], ['Y2025'], ['khong-co']));
    expect(await refusalOf(() => resolver.indicatorValues(district, ['k1'], ['Y2025'], ['huyen'], '2025-06-01'))).toEqual(unknown);
    expect(await refusalOf(() => resolver.indicatorValues(district, ['k1'], ['Y2025'], ['huyen'], '2025-06-01', 'Đoàn xã'))).toEqual(unknown);
    expect(await refusalOf(() => resolver.subtreeResultTotals(district, 'huyen', 'Y2025', '2025-06-01'))).toEqual(unknown);
    expect(inputsFor).not.toHaveBeenCalled();
    expect(unknown.code).toBe('FORBIDDEN');
  });

  it('gives the province (over both districts) each commune as it was then, the moved one with its 2025 activity', async () => {
    const values = await resolver.indicatorValues(managerOf('tinh'), ['k1'], ['Y2025'], ['huyen'], '2025-06-01', 'Đoàn xã');
    expect(values.map(({ unitId, value }) => ({ unitId, value }))).toEqual([
      { unitId: 'xa-a', value: 0 },
      { unitId: 'xa-b', value: 0 },
      { unitId: 'xa-c', value: 100 },
    ]);
  });

  it("answers another province's plan indicator as an unknown one, and values it for that province", async () => {
    const province = contextOf([{ role: 'analyst', unitId: 'tinh' }]);
    const foreign = await refusalOf(() => resolver.indicatorValues(province, ['ct-tinh-2'], ['Y2025'], ['tinh']));
    const unknown = await refusalOf(() => resolver.indicatorValues(province, ['ct-khong-co'], ['Y2025'], ['tinh']));
    expect(foreign.code).toBe('INDICATOR_QUERY.UNKNOWN_INDICATOR');
    expect(foreign.extensions).toEqual(unknown.extensions);
    expect(foreign.message.replace('ct-tinh-2', 'ct-khong-co')).toBe(unknown.message);
    expect(await resolver.indicatorValues(managerOf('xa-e'), ['ct-tinh-2'], ['Y2025'], ['xa-e'])).toMatchObject([{ indicatorId: 'ct-tinh-2', value: 0 }]);
  });
});
