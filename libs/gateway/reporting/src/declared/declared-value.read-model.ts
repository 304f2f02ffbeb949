import { projectionOver } from '@tn/shared-event-bus';
import { declaredValueEventTypes, declaredValueIdOf } from '@tn/reporting-contracts';
import type { DeclaredValueDoc } from '../facts';

export const REPORTING_DECLARED_COLLECTION = 'gw_reporting_declared_values';

/** The latest figure a unit declared for a period and key (the service's stream keeps every declaration). */
export const declaredValueProjection = projectionOver(declaredValueEventTypes, {
  name: 'gateway-reporting-declared-values',
  collection: REPORTING_DECLARED_COLLECTION,
  documentId: (event) => declaredValueIdOf(event.data.unitId, event.data.period, event.data.key),
  // A country-wide read takes a period's declarations with one equality (a subtree's are read by id).
  indexes: [{ period: 1 }],
  evolve: (_doc: DeclaredValueDoc | null, event) => ({
    unitId: event.data.unitId,
    period: event.data.period,
    key: event.data.key,
    value: event.data.value,
    declaredBy: event.data.declaredBy,
    declaredAt: event.data.declaredAt,
  }),
});
