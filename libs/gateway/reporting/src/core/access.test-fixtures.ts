import type { GatewayContext } from '@tn/gateway-core';
import type { IndicatorDefinition } from '@tn/reporting-contracts';
import { type HierarchyState, lineageOf } from '@tn/shared-unit-hierarchy';
import type { IndicatorDefinitionDoc } from '../definitions/indicator-definition.read-model';
import { created, hierarchyOf, moved, PROVINCE_EVENTS } from '../engine/engine.test-fixtures';

/** The server's Vietnam date in the access specs. */
export const TODAY = '2026-12-07';

/**
 * tinh > huyen > xa-a, xa-b, xa-c, phuong-d, and tinh > huyen-2; another province tinh-2 > xa-e.
 * On 2026-01-01 xa-c moved from huyen to huyen-2: as of 2025 it is huyen's, today huyen-2's.
 */
export const RESTRUCTURED: HierarchyState = hierarchyOf([
  ...PROVINCE_EVENTS,
  created('huyen-2', 'tinh', '2020-01-01', { levelLabel: 'Huyện đoàn' }),
  created('tinh-2', null, '2020-01-01', { levelLabel: 'Tỉnh đoàn' }),
  created('xa-e', 'tinh-2'),
  moved('xa-c', 'huyen', 'huyen-2', '2026-01-01'),
]);

/** A request of a caller with these grants (`[]`: signed in without any; null: not signed in). */
export const contextOf = (grants: { role: string; unitId: string | null }[] | null, language = 'en'): GatewayContext =>
  ({
    language,
    consistencyTokens: [],
    loaders: new Map(),
    ...(grants === null ? {} : { user: { token: 't', claims: { sub: 'acc-1', sid: 's', kind: 'cadre', grants, iat: 0, exp: 0 } } }),
  }) as unknown as GatewayContext;

export const managerOf = (unitId: string) => contextOf([{ role: 'unit-manager', unitId }]);
export const ADMIN = contextOf([{ role: 'system-admin', unitId: null }]);

/** The registry's unit directory over a hierarchy (the lineage every permission check reads). */
export const directoryOver = (hierarchy: HierarchyState) => ({
  lineage: async (unitId: string, date: string) => lineageOf(hierarchy, unitId, date),
});

/** A plan indicator a unit owns (one version): a count of the activities recorded. */
export function planIndicator(indicatorId: string, ownerUnitId: string): IndicatorDefinitionDoc {
  const definition: IndicatorDefinition = {
    indicatorId,
    version: 1,
    code: indicatorId.toUpperCase(),
    nameVi: 'Số hoạt động',
    nameEn: 'Activities',
    formula: { kind: 'count', measure: { source: 'flows', kinds: ['activity'], aggregate: 'count' } },
    unit: 'hoạt động',
    targets: [],
    origin: 'plan',
    ownerUnitId,
  };
  return { indicatorId, ownerUnitId, retired: false, current: definition, versions: [definition] };
}

/** What a refused call answers (its code, public extensions and message), to compare two refusals; fails when it is not refused. */
export async function refusalOf(run: () => unknown): Promise<{ code: string; extensions: unknown; message: string }> {
  try {
    await run();
  } catch (error) {
    const { code, extensions, message } = error as { code: string; extensions: unknown; message: string };
    return { code, extensions, message };
  }
  throw new Error('not refused');
}
