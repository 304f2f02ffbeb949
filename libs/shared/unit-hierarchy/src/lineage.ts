import { ancestorsAsOf, versionAsOf } from './hierarchy.queries';
import type { HierarchyState } from './hierarchy.types';

/**
 * The unit and the units above it on `date`, nearest first (empty when unknown): the units whose
 * grants cover it (roles are granted over a unit's subtree).
 *
 * Volunteers and cadres keep the id of a unit that was merged or split away ("hand-over by
 * reading", ADR 0006), so such a unit answers through the units that carry it on: when it is
 * not active on `date` and has successors, the lineage is the unit itself, then each
 * successor active on `date` (followed again if that one too was merged on) with its
 * ancestors. A split has several successors, and its lineage is the union of theirs: a
 * manager of any of the successors' subtrees may act on what the split unit still holds.
 * The old parents of a merged or split unit no longer count. A dissolved unit without
 * successors keeps its last parents (nobody else carries it on).
 */
export function lineageOf(state: HierarchyState, unitId: string, date: string): string[] {
  if (!state.units[unitId]) return [];
  const lineage = [unitId];
  const add = (id: string) => {
    if (!lineage.includes(id)) lineage.push(id);
  };
  for (const carrier of carriersOf(state, unitId, date, new Set())) {
    add(carrier);
    ancestorsAsOf(state, carrier, date).forEach(add);
  }
  return lineage;
}

/** Whether the unit existed (in any status) on `date`. */
export const existsOn = (state: HierarchyState, unitId: string, date: string): boolean => versionAsOf(state.units[unitId], date) !== undefined;

/** The units that stand for `unitId` on `date`: itself while active, else its successors, followed on. */
function carriersOf(state: HierarchyState, unitId: string, date: string, seen: Set<string>): string[] {
  if (seen.has(unitId)) return [];
  seen.add(unitId);
  const version = versionAsOf(state.units[unitId], date);
  const successors = version?.successorIds ?? [];
  if (!version || version.status === 'active' || successors.length === 0) return [unitId];
  return successors.flatMap((successor) => carriersOf(state, successor, date, seen));
}
