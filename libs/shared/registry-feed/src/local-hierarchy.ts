import {
  evolveHierarchyAll,
  existsOn,
  type HierarchyEvent,
  type HierarchyState,
  initialHierarchy,
  isActiveOn,
  isHierarchyEvent,
  lineageOf,
} from '@tn/shared-unit-hierarchy';
import type { HierarchyEventRow } from './registry-hierarchy.projection';

/** Where the local hierarchy reads from: the projected events, and how far the projector is behind. */
export interface LocalHierarchySource {
  /** Projected hierarchy events after `version`, in version order. */
  eventsAfter(version: number): Promise<HierarchyEventRow[]>;
  /** Registry events on the topic not projected yet (0 when caught up). */
  lag(): Promise<number>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/**
 * The registry's organisation hierarchy as a service knows it from its copy (RegistryFeedModule): the projected events
 * folded with the registry's own fold (libs/shared/unit-hierarchy), so lineages are computed
 * exactly as the registry computes them. It reads only versions it has not folded yet; versions
 * are folded in order and a missing one stops the fold (reported by `status`) until it arrives.
 */
export class LocalHierarchy {
  private state: HierarchyState = initialHierarchy();
  private version = 0;
  private gap = false;
  private caughtUpOnce = false;
  private refreshing?: Promise<void>;
  /** One read to start when the read in flight ends: for callers that need one started after they asked. */
  private nextRead?: Promise<void>;
  private source?: LocalHierarchySource;

  /** The source arrives once Nest has connected to MongoDB and Kafka. */
  attach(source: LocalHierarchySource): void {
    this.source = source;
  }

  /** Fold the events projected since the last refresh (concurrent callers share one read). */
  refresh(): Promise<void> {
    this.refreshing ??= this.readNewEvents().finally(() => (this.refreshing = undefined));
    return this.refreshing;
  }

  /**
   * Like `refresh`, but the read it waits for starts now or later: a read already in flight may
   * have started before the newest event was stored, so one more read is chained after it
   * (shared by everyone who asks meanwhile).
   */
  private refreshFromNow(): Promise<void> {
    if (!this.refreshing) return this.refresh();
    this.nextRead ??= this.refreshing
      .catch(() => undefined)
      .then(() => {
        this.nextRead = undefined;
        return this.refresh();
      });
    return this.nextRead;
  }

  /**
   * Wait up to `waitMs` until the projector has caught up with the registry's topic and the fold
   * with the projection; false when it has not by then. A "no" from the authoriser is checked
   * again after this, so that a unit created (or a merger recorded) a moment ago is not refused
   * only because its event is still on its way.
   */
  async catchUp(waitMs = 3000, pollMs = 100): Promise<boolean> {
    const source = this.requireSource();
    const until = Date.now() + waitMs;
    for (;;) {
      // Lag first: an event counted as consumed is already written, so a read started after the
      // probe sees it (joining a read begun before the probe would not).
      const lag = await source.lag().catch(() => undefined);
      await this.refreshFromNow();
      if (lag === 0 && !this.gap) {
        this.caughtUpOnce = true;
        return true;
      }
      if (Date.now() >= until) return false;
      await pause(pollMs);
    }
  }

  /**
   * The readiness answer: up once caught up with the registry, with the version of the copy in
   * use. Every check reads the versions projected since the last read (only new ones, so it is
   * cheap); otherwise the copy, and the version shown, would move only when a command asks, and a
   * quiet service would show the version it had at start.
   */
  async readiness(): Promise<{ up: boolean; detail: string }> {
    await this.catchUp(0).catch(() => false);
    const { ready, version, gap } = this.status();
    if (ready) return { up: true, detail: `version ${version}` };
    return { up: false, detail: gap ? `waiting for hierarchy version ${version + 1}` : 'catching up with the registry hierarchy' };
  }

  /** Caught up with the registry at least once since start, and no version missing. */
  status(): { ready: boolean; version: number; gap: boolean } {
    return { ready: this.caughtUpOnce && !this.gap, version: this.version, gap: this.gap };
  }

  /** The whole hierarchy as folded so far (a reader that walks it, such as the indicator engine's attribution). */
  snapshot(): HierarchyState {
    return this.state;
  }

  /** The unit and the units whose grants cover it on `date` (merged and split units through their successors); empty when unknown. */
  lineageOf(unitId: string, date: string): string[] {
    return lineageOf(this.state, unitId, date);
  }

  /** Whether the unit existed (in any status) on `date`. */
  existsOn(unitId: string, date: string): boolean {
    return existsOn(this.state, unitId, date);
  }

  /** Whether the unit was active on `date` (not yet created, merged away or dissolved: no). */
  isActiveOn(unitId: string, date: string): boolean {
    return isActiveOn(this.state, unitId, date);
  }

  private requireSource(): LocalHierarchySource {
    if (!this.source) throw new Error('LocalHierarchy used before its source was attached');
    return this.source;
  }

  private async readNewEvents(): Promise<void> {
    const rows = await this.requireSource().eventsAfter(this.version);
    this.gap = false;
    // Folded in one batch (one copy of the units map, not one per event: see evolveHierarchyAll).
    const events: HierarchyEvent[] = [];
    try {
      for (const row of rows) {
        if (row.version !== this.version + 1) {
          this.gap = true; // a version has not arrived (parked upstream, or dead-lettered): wait for it
          return;
        }
        // The registry's fold is total over its event types; anything else is not part of the hierarchy.
        if (isHierarchyEvent(row)) events.push({ type: row.type, data: row.data } as HierarchyEvent);
        this.version = row.version;
      }
    } finally {
      this.state = evolveHierarchyAll(this.state, events);
    }
  }
}
