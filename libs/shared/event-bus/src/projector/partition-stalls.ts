/** A partition whose projection failed at `offset` and has not moved past it since. */
export interface PartitionStall {
  topic: string;
  partition: number;
  /** The first offset not yet projected (the message that fails, once isolated). */
  offset: string;
  /** Failed attempts in a row at this offset. */
  attempts: number;
  /** When the first of those attempts failed (ISO time). */
  since: string;
  /** The last error's class and code (see `describeError`): never event data. */
  error: string;
  /** Whether `attempts` reached the projector's bound (`stuckAfterAttempts`). */
  stuck: boolean;
}

const keyOf = (topic: string, partition: number) => `${topic}:${partition}`;

/** Counts failed attempts per partition; a success (the partition moved on) forgets it. */
export class PartitionStalls {
  private readonly stalls = new Map<string, PartitionStall>();
  /** Partitions whose last failure was a whole batch's, counted at its first offset. */
  private readonly unpinned = new Set<string>();

  constructor(private readonly stuckAfterAttempts: number) {}

  /**
   * A failed attempt at `offset`. `pinned` says the offset is the very message that failed
   * (taken one at a time); otherwise it is the first offset of a failing batch. A pinned failure
   * after a batch failure at or before it continues the count: the one-by-one retry got past
   * the messages before it, so the batch failed on this one (else "stuck" would need one
   * attempt more than `stuckAfterAttempts`).
   */
  failed(topic: string, partition: number, offset: string, error: string, pinned = true): PartitionStall {
    const key = keyOf(topic, partition);
    const earlier = this.stalls.get(key);
    const same = earlier !== undefined && (earlier.offset === offset || (pinned && this.unpinned.has(key) && BigInt(offset) > BigInt(earlier.offset)));
    const attempts = same ? earlier.attempts + 1 : 1;
    const stall: PartitionStall = {
      topic,
      partition,
      offset,
      attempts,
      since: same ? earlier.since : new Date().toISOString(),
      error,
      stuck: attempts >= this.stuckAfterAttempts,
    };
    this.stalls.set(key, stall);
    if (pinned) this.unpinned.delete(key);
    else this.unpinned.add(key);
    return stall;
  }

  /** The partition advanced: returns the stall it was in, if any. */
  advanced(topic: string, partition: number): PartitionStall | undefined {
    const key = keyOf(topic, partition);
    const stall = this.stalls.get(key);
    this.stalls.delete(key);
    this.unpinned.delete(key);
    return stall;
  }

  isFailing(topic: string, partition: number): boolean {
    return this.stalls.has(keyOf(topic, partition));
  }

  /** Keep only partitions this consumer still owns (after a rebalance). */
  retain(assigned: Record<string, number[]>): void {
    for (const [key, stall] of this.stalls) {
      if (assigned[stall.topic]?.includes(stall.partition)) continue;
      this.stalls.delete(key);
      this.unpinned.delete(key);
    }
  }

  all(): PartitionStall[] {
    return [...this.stalls.values()];
  }

  stuck(): PartitionStall[] {
    return this.all().filter((stall) => stall.stuck);
  }
}
