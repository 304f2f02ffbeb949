import { type Period, parsePeriod, PROGRAMME_INDICATOR_IDS } from '@tn/reporting-contracts';
import { directoryOf } from '@tn/gateway-registry';
import { ADMIN, directoryOver, managerOf, planIndicator, refusalOf, RESTRUCTURED } from '../core/access.test-fixtures';
import type { ReportingCheckpoints } from '../core/reporting-checkpoints';
import type { ReportingHierarchy } from '../core/reporting-hierarchy';
import { requireReportingPermission } from '../core/reporting-permissions';
import { definitionsOf } from '../definitions/definition-reads';
import { activity, inputsOf } from '../engine/engine.test-fixtures';
import { factsOf } from '../values/fact-reads';
import { valuesToPublish } from './values-to-publish';

jest.mock('@tn/gateway-registry', () => ({ today: () => '2026-12-07', directoryOf: jest.fn() }));
jest.mock('../definitions/definition-reads', () => ({ definitionsOf: jest.fn() }));
jest.mock('../values/fact-reads', () => ({ factsOf: jest.fn() }));

const pieces = {
  hierarchy: { current: async () => RESTRUCTURED } as unknown as ReportingHierarchy,
  checkpoints: { waitFor: async () => undefined } as unknown as ReportingCheckpoints,
};
const inputsFor = jest.fn(async () => inputsOf(RESTRUCTURED, { activities: [activity('a1', 'xa-c', '2025-03-01')] }));
const ask = (unitId: string, period: string, structureDate = '2026-12-07') => ({ unitId, period: parsePeriod(period) as Period, structureDate });
// The lineage's plan indicators as the read model answers them, one of another province's among them (a read model is not a permission).
const owned = [planIndicator('ct-tinh', 'tinh'), planIndicator('ct-tinh-2', 'tinh-2')];

beforeEach(() => {
  jest.clearAllMocks();
  (directoryOf as jest.Mock).mockReturnValue(directoryOver(RESTRUCTURED));
  (definitionsOf as jest.Mock).mockReturnValue({ ownedBy: async () => owned });
  (factsOf as jest.Mock).mockReturnValue({ inputsFor });
});

describe('the values a unit publishes', () => {
  it("counts stocks on the server's today for the year under way, on its last day for a year that has ended", async () => {
    expect((await valuesToPublish(managerOf('huyen'), pieces, ask('huyen', 'Y2026'))).stocksOn).toBe('2026-12-07');
    expect((await valuesToPublish(managerOf('huyen'), pieces, ask('huyen', 'Y2025'))).stocksOn).toBe('2025-12-31');
  });

  it('publishes K1–K5 and the plan indicators the publisher sees, nothing of another province', async () => {
    const { values } = await valuesToPublish(managerOf('huyen'), pieces, ask('huyen', 'Y2025'));
    expect(values.map((value) => value.indicatorId)).toEqual([...PROGRAMME_INDICATOR_IDS, 'ct-tinh']);
    expect((await valuesToPublish(ADMIN, pieces, ask('huyen', 'Y2025'))).values.map((value) => value.indicatorId)).toContain('ct-tinh-2');
  });

  it('refuses a district a structure date that puts under it a commune it no longer writes for, as an unknown unit', async () => {
    const district = managerOf('huyen');
    const unknown = await refusalOf(() => requireReportingPermission(district, 'reporting:write', 'khong-co'));
    expect(await refusalOf(() => valuesToPublish(district, pieces, ask('huyen', 'Y2025', '2025-06-01')))).toEqual(unknown);
    expect(inputsFor).not.toHaveBeenCalled();
    // The province over both districts publishes the district as it was, the moved commune's activity in it.
    const { values } = await valuesToPublish(managerOf('tinh'), pieces, ask('huyen', 'Y2025', '2025-06-01'));
    expect(values.find((value) => value.indicatorId === 'ct-tinh')).toMatchObject({ value: 1 });
  });
});
