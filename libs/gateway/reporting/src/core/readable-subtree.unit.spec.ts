import { directoryOf } from '@tn/gateway-registry';
import { created, hierarchyOf, merged, PROVINCE_EVENTS } from '../engine/engine.test-fixtures';
import { ADMIN, contextOf, directoryOver, managerOf, refusalOf, RESTRUCTURED, TODAY } from './access.test-fixtures';
import { readableUnitsAttributedTo } from './readable-subtree';
import { requireReportingPermission } from './reporting-permissions';

jest.mock('@tn/gateway-registry', () => ({ today: () => '2026-12-07', directoryOf: jest.fn() }));

const PAST = '2025-06-01';
describe('the units a value of a subtree counts, for a caller who reads each of them today', () => {
  beforeEach(() => (directoryOf as jest.Mock).mockReturnValue(directoryOver(RESTRUCTURED)));

  it('refuses a district a past structure date that puts under it a commune it no longer reads, exactly as an unknown unit', async () => {
    const district = managerOf('huyen');
    const leaked = await refusalOf(() => readableUnitsAttributedTo(district, 'reporting:read', RESTRUCTURED, 'huyen', PAST));
    const unknown = await refusalOf(() => requireReportingPermission(district, 'reporting:read', 'khong-co'));
    expect(leaked).toEqual(unknown);
    expect(leaked.code).toBe('FORBIDDEN');
    // The same for a write (a publication), naming that permission as an unknown unit would.
    const write = await refusalOf(() => readableUnitsAttributedTo(district, 'reporting:write', RESTRUCTURED, 'huyen', PAST));
    expect(write).toEqual(await refusalOf(() => requireReportingPermission(district, 'reporting:write', 'khong-co')));
  });

  it("answers the district's own units on today's structure, and the moved commune to its new district on any date", () => {
    expect(readableUnitsAttributedTo(managerOf('huyen'), 'reporting:read', RESTRUCTURED, 'huyen', TODAY).sort()).toEqual(['huyen', 'phuong-d', 'xa-a', 'xa-b']);
    expect(readableUnitsAttributedTo(managerOf('xa-c'), 'reporting:read', RESTRUCTURED, 'xa-c', PAST)).toEqual(['xa-c']);
  });

  it('lets the province (over both districts) and a system administrator take any structure date', () => {
    const before = ['huyen', 'phuong-d', 'xa-a', 'xa-b', 'xa-c'];
    expect(readableUnitsAttributedTo(managerOf('tinh'), 'reporting:read', RESTRUCTURED, 'huyen', PAST).sort()).toEqual(before);
    expect(readableUnitsAttributedTo(ADMIN, 'reporting:read', RESTRUCTURED, 'huyen', PAST).sort()).toEqual(before);
    // An analyst of another province reads none of it.
    expect(() => readableUnitsAttributedTo(contextOf([{ role: 'analyst', unitId: 'tinh-2' }]), 'reporting:read', RESTRUCTURED, 'huyen', PAST)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });

  it('does not hold against a district a commune that merged out of it: the merged unit carries nothing there any more', () => {
    // xa-a merges with tinh-2's xa-e into xa-ae under tinh-2 on 2026-01-01: it stays listed under huyen (merged), its history goes with xa-ae.
    const hierarchy = hierarchyOf([
      ...PROVINCE_EVENTS,
      created('tinh-2', null, '2020-01-01', { levelLabel: 'Tỉnh đoàn' }),
      created('xa-e', 'tinh-2'),
      created('xa-ae', 'tinh-2', '2026-01-01'),
      merged(['xa-a', 'xa-e'], 'xa-ae', '2026-01-01'),
    ]);
    expect(readableUnitsAttributedTo(managerOf('huyen'), 'reporting:read', hierarchy, 'huyen', TODAY).sort()).toEqual(['huyen', 'phuong-d', 'xa-b', 'xa-c']);
    // Before the merger, xa-a's figures were huyen's: asked as of then, they are another province's today.
    expect(() => readableUnitsAttributedTo(managerOf('huyen'), 'reporting:read', hierarchy, 'huyen', PAST)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });

  it('asks who the caller is', () => {
    expect(() => readableUnitsAttributedTo(contextOf(null), 'reporting:read', RESTRUCTURED, 'huyen', TODAY)).toThrow(
      expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    );
  });
});
