import type { HierarchyEvent } from '@tn/shared-unit-hierarchy';
import { LocalHierarchy, type LocalHierarchySource } from './local-hierarchy';
import { type HierarchyEventRow, hierarchyBlockOf } from './registry-hierarchy.projection';

// Test fixtures: hierarchy events as the registry decides them, and a local hierarchy that
// reads them from memory (no database, no Kafka).

const flags = { ethnicMinority: true, mountainous: true, border: false, island: false };

export const unitCreated = (unitId: string, parentId: string | null, effectiveFrom = '2025-01-01'): HierarchyEvent => ({
  type: 'UnitCreated',
  data: { unitId, parentId, effectiveFrom, nameVi: unitId, organisation: 'union', levelLabel: 'Đoàn', flags },
});

export const unitsMerged = (sourceUnitIds: string[], successorUnitId: string, effectiveFrom: string): HierarchyEvent => ({
  type: 'UnitsMerged',
  data: { sourceUnitIds, successorUnitId, effectiveFrom },
});

export const rowsOf = (events: HierarchyEvent[], firstVersion = 1): HierarchyEventRow[] =>
  events.map((event, index) => ({
    version: firstVersion + index,
    block: hierarchyBlockOf(firstVersion + index),
    type: event.type,
    data: event.data as Record<string, unknown>,
  }));

/** A source over rows that may grow, with a lag the test sets. */
export function memorySource(rows: HierarchyEventRow[], lag: () => number = () => 0): LocalHierarchySource & { reads: number[] } {
  const reads: number[] = [];
  return {
    reads,
    eventsAfter: async (version) => {
      reads.push(version);
      return rows.filter((row) => row.version > version).sort((a, b) => a.version - b.version);
    },
    lag: async () => lag(),
  };
}

/** A local hierarchy caught up with these events. */
export function localHierarchyOf(events: HierarchyEvent[]): LocalHierarchy {
  const hierarchy = new LocalHierarchy();
  hierarchy.attach(memorySource(rowsOf(events)));
  return hierarchy;
}
