import { directoryOf } from '@tn/gateway-registry';
import { definitionsOf } from '../definitions/definition-reads';
import type { IndicatorDefinitionDoc } from '../definitions/indicator-definition.read-model';
import { ADMIN, contextOf, directoryOver, managerOf, planIndicator, refusalOf, RESTRUCTURED } from './access.test-fixtures';
import { requireVisibleIndicators, visibleIndicator } from './visible-indicators';

jest.mock('@tn/gateway-registry', () => ({ today: () => '2026-12-07', directoryOf: jest.fn() }));
jest.mock('../definitions/definition-reads', () => ({ definitionsOf: jest.fn() }));

// tinh defines ct-tinh, huyen ct-huyen; tinh-2 (another province) ct-tinh-2.
const docs: Record<string, IndicatorDefinitionDoc> = Object.fromEntries(
  [planIndicator('ct-tinh', 'tinh'), planIndicator('ct-huyen', 'huyen'), planIndicator('ct-tinh-2', 'tinh-2')].map((doc) => [doc.indicatorId, doc]),
);

beforeEach(() => {
  (directoryOf as jest.Mock).mockReturnValue(directoryOver(RESTRUCTURED));
  (definitionsOf as jest.Mock).mockReturnValue({ plan: async (indicatorId: string) => docs[indicatorId] });
});

const seen = async (context: ReturnType<typeof contextOf>, indicatorId: string) => (await visibleIndicator(context, indicatorId))?.latest.indicatorId;

describe('which indicators a caller sees', () => {
  it('shows a plan indicator over its owner (the owner and the units above) and below it (plans cascade down)', async () => {
    expect(await seen(managerOf('tinh'), 'ct-huyen')).toBe('ct-huyen');
    expect(await seen(managerOf('huyen'), 'ct-huyen')).toBe('ct-huyen');
    expect(await seen(managerOf('xa-a'), 'ct-tinh')).toBe('ct-tinh');
    expect(await seen(contextOf([{ role: 'analyst', unitId: 'xa-b' }]), 'ct-huyen')).toBe('ct-huyen');
    expect(await seen(ADMIN, 'ct-tinh-2')).toBe('ct-tinh-2');
  });

  it("does not show another branch's plan indicator: a sibling district, another province, a role without reporting:read", async () => {
    expect(await seen(managerOf('huyen-2'), 'ct-huyen')).toBeUndefined();
    expect(await seen(managerOf('xa-c'), 'ct-huyen')).toBeUndefined(); // moved to huyen-2 on 2026-01-01: below huyen no more
    expect(await seen(managerOf('tinh'), 'ct-tinh-2')).toBeUndefined();
    expect(await seen(contextOf([{ role: 'volunteer', unitId: 'xa-a' }]), 'ct-tinh')).toBeUndefined();
  });

  it('shows K1–K5 to anyone signed in, and asks for a sign-in first', async () => {
    expect(await visibleIndicator(contextOf([]), 'k2')).toMatchObject({ latest: { indicatorId: 'k2', version: 1 }, retired: false });
    await expect(visibleIndicator(contextOf(null), 'k2')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it("refuses another province's indicator exactly as an unknown id, naming it and the field", async () => {
    const province = managerOf('tinh');
    const foreign = await refusalOf(() => requireVisibleIndicators(province, ['k1', 'ct-tinh-2'], 'indicatorIds'));
    const unknown = await refusalOf(() => requireVisibleIndicators(province, ['k1', 'ct-khong-co'], 'indicatorIds'));
    expect(foreign).toMatchObject({ code: 'INDICATOR_QUERY.UNKNOWN_INDICATOR', extensions: { field: 'indicatorIds', kind: 'validation' } });
    expect(foreign.extensions).toEqual(unknown.extensions);
    expect(foreign.message.replace('ct-tinh-2', '<id>')).toBe(unknown.message.replace('ct-khong-co', '<id>'));
    expect((await requireVisibleIndicators(province, ['k1', 'ct-huyen'], 'planId')).map((definition) => definition.indicatorId)).toEqual(['k1', 'ct-huyen']);
  });
});
