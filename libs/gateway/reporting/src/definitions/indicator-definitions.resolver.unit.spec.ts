import { directoryOf } from '@tn/gateway-registry';
import { directoryOver, managerOf, planIndicator, RESTRUCTURED } from '../core/access.test-fixtures';
import type { ReportingClient } from '../core/reporting-client';
import { definitionsOf } from './definition-reads';
import { IndicatorDefinitionsResolver } from './indicator-definitions.resolver';

jest.mock('@tn/gateway-registry', () => ({ today: () => '2026-12-07', directoryOf: jest.fn() }));
jest.mock('./definition-reads', () => ({ definitionsOf: jest.fn() }));

const foreign = planIndicator('ct-tinh-2', 'tinh-2');
const resolver = new IndicatorDefinitionsResolver({} as ReportingClient);

beforeEach(() => {
  (directoryOf as jest.Mock).mockReturnValue(directoryOver(RESTRUCTURED));
  (definitionsOf as jest.Mock).mockReturnValue({ plan: async (indicatorId: string) => (indicatorId === foreign.indicatorId ? foreign : undefined) });
});

describe('indicatorDefinitionVersions', () => {
  it("answers another province's plan indicator as an unknown id: no versions", async () => {
    expect(await resolver.indicatorDefinitionVersions(managerOf('tinh'), 'ct-tinh-2')).toEqual([]);
    expect(await resolver.indicatorDefinitionVersions(managerOf('tinh'), 'ct-khong-co')).toEqual([]);
  });

  it('shows its versions over its owner and below it, and K1–K5 to anyone signed in', async () => {
    expect((await resolver.indicatorDefinitionVersions(managerOf('xa-e'), 'ct-tinh-2')).map(({ indicatorId, version }) => [indicatorId, version])).toEqual([
      ['ct-tinh-2', 1],
    ]);
    expect(await resolver.indicatorDefinitionVersions(managerOf('xa-a'), 'k3')).toMatchObject([{ indicatorId: 'k3', version: 1, origin: 'programme' }]);
  });
});
