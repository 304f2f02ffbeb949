import { evolveHierarchyAll, HIERARCHY_STREAM_ID, type HierarchyEvent, type HierarchyState, initialHierarchy, isActiveOn } from '@tn/registry-domain';
import { existsOn, lineageOf } from '@tn/shared-unit-hierarchy';
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
    return existsOn(this.state, unitId, date);
  }

  /** The unit and the units above it on `date`, merged and split units answering through their successors (see `lineageOf`). */
  lineageOf(unitId: string, date: string): string[] {
    return lineageOf(this.state, unitId, date);
  }

  private async readNewCommits(): Promise<void> {
    if (!this.store) throw new Error('HierarchyView used before the event store was attached');
    const read = await this.store.readStream(HIERARCHY_STREAM_ID, this.version);
    this.state = evolveHierarchyAll(
      this.state,
      read.events.map((envelope) => ({ type: envelope.type, data: envelope.data }) as HierarchyEvent),
    );
    this.version = read.version;
  }
}
