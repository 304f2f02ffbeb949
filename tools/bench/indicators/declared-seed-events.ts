import { randomUUID } from 'node:crypto';
import { DECLARED_VALUE_STREAM_TYPE, declaredValueStreamId, type ValueDeclared } from '@tn/reporting-contracts';
import { activityPlan } from '../national/campaigns-seed-events';
import { metadataOn, type SeedInput } from '../national/seed-kit';
import { activityDay } from './activity-seed-events';
import type { IndicatorShape } from './indicator-shape';

/**
 * The reporting service's part: every unit that organises activities declares how many it held in
 * the year (K2's denominator), a quarter more than it recorded on the platform, so K2 reads about
 * 80 %. One commit per declaration, as the reporting service decides DeclareValue.
 */
export function declaredInputs(shape: IndicatorShape): SeedInput[] {
  const recorded = new Map<string, number>();
  for (let a = 0; a < shape.national.activities; a++) {
    const plan = activityPlan(shape.national, a);
    if (plan.status === 'cancelled' || !activityDay(a).startsWith(String(shape.year))) continue;
    recorded.set(plan.organiserUnitId, (recorded.get(plan.organiserUnitId) ?? 0) + 1);
  }
  const period = `Y${shape.year}`;
  const declaredAt = `${shape.year}-12-01T09:00:00.000+07:00`;
  return [...recorded].map(([unitId, count]) => {
    const declared: ValueDeclared = { unitId, period, key: 'activities-held', value: Math.ceil(count * 1.25), declaredBy: 'bi-seed-admin', declaredAt };
    return {
      streamId: declaredValueStreamId(unitId, period, declared.key),
      streamType: DECLARED_VALUE_STREAM_TYPE,
      expectedVersion: 0,
      commandId: randomUUID(),
      events: [{ type: 'ValueDeclared', data: { ...declared } }],
      metadata: metadataOn(declaredAt, unitId),
    };
  });
}
