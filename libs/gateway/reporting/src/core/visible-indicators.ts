import { apiError } from '@tn/gateway-graphql-kit';
import { type GatewayContext, requireUser } from '@tn/gateway-core';
import { type IndicatorDefinition, programmeIndicatorOf } from '@tn/reporting-contracts';
import { definitionsOf } from '../definitions/definition-reads';
import type { IndicatorDefinitionDoc } from '../definitions/indicator-definition.read-model';
import { readsOwnedBy } from './reporting-permissions';

/** An indicator as a caller sees it: its latest version and every version it had. */
export interface VisibleIndicator {
  latest: IndicatorDefinition;
  versions: readonly IndicatorDefinition[];
  retired: boolean;
}

/**
 * Whether the caller sees a plan indicator: reporting:read over its owner unit, or from a unit
 * below it (plans, and so their indicators, cascade down). Whoever sees neither is answered as
 * for an indicator that does not exist: another province's indicators are not listed, valued or
 * even confirmed to exist.
 */
export const seesPlanIndicator = (context: GatewayContext, doc: Pick<IndicatorDefinitionDoc, 'ownerUnitId'>): Promise<boolean> =>
  readsOwnedBy(context, doc.ownerUnitId, true);

/** K1–K5 for anyone signed in; a plan indicator for those who see it (`seesPlanIndicator`); undefined otherwise, as for an unknown id. */
export async function visibleIndicator(context: GatewayContext, indicatorId: string): Promise<VisibleIndicator | undefined> {
  requireUser(context);
  const programme = programmeIndicatorOf(indicatorId);
  if (programme) return { latest: programme, versions: [programme], retired: false };
  const doc = await definitionsOf(context).plan(indicatorId);
  if (!doc || !(await seesPlanIndicator(context, doc))) return undefined;
  return { latest: doc.current, versions: doc.versions, retired: doc.retired };
}

/** Each indicator's latest definition, or INDICATOR_QUERY.UNKNOWN_INDICATOR naming the first the caller does not see (`field`: the input naming them). */
export async function requireVisibleIndicators(context: GatewayContext, indicatorIds: readonly string[], field: string): Promise<IndicatorDefinition[]> {
  const found = await Promise.all(indicatorIds.map((indicatorId) => visibleIndicator(context, indicatorId)));
  return found.map((indicator, index) => {
    if (indicator) return indicator.latest;
    throw apiError({ code: 'INDICATOR_QUERY.UNKNOWN_INDICATOR', kind: 'validation', field, details: { indicatorId: indicatorIds[index] } }, context.language);
  });
}
