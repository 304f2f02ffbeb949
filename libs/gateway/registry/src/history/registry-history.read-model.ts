import { CADRE_STREAM_TYPE, HIERARCHY_STREAM_TYPE, registryEventTypes, VOLUNTEER_STREAM_TYPE } from '@tn/registry-contracts';
import { historyProjection, historySubject } from '@tn/gateway-core';
import type { EventEnvelope } from '@tn/shared-event-contracts';

export const REGISTRY_HISTORY_COLLECTION = 'gw_registry_history';

/** The fields of a hierarchy or cadre event that name a unit it changes (a merger names several). */
const UNIT_FIELDS = ['unitId', 'successorUnitId', 'historyUnitId', 'fromUnitId', 'toUnitId', 'registeringUnitId'] as const;
const UNIT_LIST_FIELDS = ['sourceUnitIds', 'successorUnitIds'] as const;

function unitsNamedIn(data: Record<string, unknown>): string[] {
  const single = UNIT_FIELDS.map((field) => data[field]).filter((value): value is string => typeof value === 'string');
  const lists = UNIT_LIST_FIELDS.flatMap((field) => (Array.isArray(data[field]) ? (data[field] as unknown[]) : [])).filter(
    (value): value is string => typeof value === 'string',
  );
  return [...single, ...lists].map((unitId) => historySubject('unit', unitId));
}

const idOf = (event: EventEnvelope) => event.streamId.slice(event.streamType.length + 1);

/**
 * Where a registry event shows in a history: the hierarchy's under every unit it names (a merger
 * under its sources and its successor); a cadre's under the cadre and the units it names (the
 * registering unit, an appointment's, both ends of a transfer; an end of term names none); a
 * volunteer's under the volunteer. Accounts have no history view yet.
 */
export function registryHistorySubjects(event: EventEnvelope): string[] {
  const data = event.data as Record<string, unknown>;
  switch (event.streamType) {
    case HIERARCHY_STREAM_TYPE:
      return unitsNamedIn(data);
    case CADRE_STREAM_TYPE:
      return [historySubject('cadre', idOf(event)), ...unitsNamedIn(data)];
    case VOLUNTEER_STREAM_TYPE:
      return [historySubject('volunteer', idOf(event))];
    default:
      return [];
  }
}

export const registryHistoryProjection = historyProjection({
  name: 'registry-history',
  collection: REGISTRY_HISTORY_COLLECTION,
  handles: registryEventTypes.map((definition) => definition.type),
  subjectsOf: registryHistorySubjects,
});
