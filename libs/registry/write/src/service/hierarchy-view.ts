import {
  ancestorsAsOf,
  evolveHierarchy,
  HIERARCHY_STREAM_ID,
  type HierarchyEvent,
  type HierarchyState,
  initialHierarchy,
  isActiveOn,
  versionAsOf,
} from '@tn/registry-domain';
import type { MongoEventStore } from '@tn/shared-event-store';

/**
 * The registry's own view of the hierarchy, for commands of other streams that must know
 * whether a unit is active (an appointment) or where it sits (authorisation). It reads only
 * the commits it has not seen yet. A unit dissolved between this check and the append is the
 * accepted cost of keeping each stream its own consistency boundary.
 */
export class HierarchyView {
  private state: HierarchyState = initialHierarchy();
  private version = 0;
  private refreshing?: Promise<void>;
  private store?: MongoEventStore;

  /** The store arrives after module creation (routes are built before Nest makes providers). */
  attach(store: MongoEventStore): void {
    this.store = store;
  }

  /** Catch up with the hierarchy stream (concurrent callers share one read). */
  refresh(): Promise<void> {
    this.refreshing ??= this.readNewCommits().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  isUnitActiveOn(unitId: string, date: string): boolean {
    return isActiveOn(this.state, unitId, date);
  }

  /** Whether the unit existed (in any status) on `date`. */
  existsOn(unitId: string, date: string): boolean {
    return versionAsOf(this.state.units[unitId], date) !== undefined;
  }

  /**
   * The unit and the units above it on `date`, nearest first (empty when unknown).
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
  lineageOf(unitId: string, date: string): string[] {
    if (!this.state.units[unitId]) return [];
    const lineage = [unitId];
    const add = (id: string) => {
      if (!lineage.includes(id)) lineage.push(id);
    };
    for (const carrier of this.carriersOf(unitId, date, new Set())) {
      add(carrier);
      ancestorsAsOf(this.state, carrier, date).forEach(add);
    }
    return lineage;
  }

  /** The units that stand for `unitId` on `date`: itself while active, else its successors, followed on. */
  private carriersOf(unitId: string, date: string, seen: Set<string>): string[] {
    if (seen.has(unitId)) return [];
    seen.add(unitId);
    const version = versionAsOf(this.state.units[unitId], date);
    const successors = version?.successorIds ?? [];
    if (!version || version.status === 'active' || successors.length === 0) return [unitId];
    return successors.flatMap((successor) => this.carriersOf(successor, date, seen));
  }

  private async readNewCommits(): Promise<void> {
    if (!this.store) throw new Error('HierarchyView used before the event store was attached');
    const read = await this.store.readStream(HIERARCHY_STREAM_ID, this.version);
    for (const envelope of read.events) {
      this.state = evolveHierarchy(this.state, { type: envelope.type, data: envelope.data } as HierarchyEvent);
    }
    this.version = read.version;
  }
}
