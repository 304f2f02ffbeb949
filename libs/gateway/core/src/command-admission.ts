/**
 * Load shedding for one service's command path (ADR 0013). An adaptive concurrency limit in the
 * style of AIMD congestion control: while replies come back within the latency target the limit
 * creeps up (+1 per limit's worth of replies); a late reply or a timeout cuts it by a fifth, at
 * most once per target interval so that one slow burst counts once. Commands over the limit wait
 * briefly in a bounded queue; past that they are refused at once ("busy, retry after") instead of
 * joining a backlog whose callers time out anyway. So what is accepted keeps a bounded latency,
 * and the limit follows what the service can do today rather than a number set in advance.
 */
export interface AdmissionOptions {
  initialLimit: number;
  minLimit: number;
  maxLimit: number;
  /** A reply slower than this means the service is saturated. */
  latencyTargetMs: number;
  /** How long a command may wait for a slot before it is refused. */
  maxQueueWaitMs: number;
  /** The cut on a late reply (the limit is multiplied by it). */
  backoffRatio: number;
}

export const DEFAULT_ADMISSION: AdmissionOptions = {
  initialLimit: 16,
  minLimit: 2,
  maxLimit: 256,
  latencyTargetMs: 2_000,
  maxQueueWaitMs: 1_000,
  backoffRatio: 0.8,
};

/** How a command admitted ended, as far as the limit is concerned. */
export type AdmissionOutcome =
  /** A reply came (accepted or refused by the service: either way it did the work). */
  | 'replied'
  /** No reply in time, or the service dropped it as past its deadline: a sign of overload. */
  | 'late'
  /** It never reached the service (no connection): says nothing about the service's speed. */
  | 'not-sent';

export interface Permit {
  readonly admittedAt: number;
}

export interface AdmissionSnapshot {
  limit: number;
  inFlight: number;
  queued: number;
  shed: number;
  /** Smoothed service time of recent replies. */
  latencyMs: number;
}

/** Told of every change, for metrics. */
export interface AdmissionObserver {
  changed(snapshot: AdmissionSnapshot): void;
  shed(): void;
}

interface Waiter {
  grant: (permit: Permit | undefined) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class CommandAdmission {
  private limit: number;
  private inFlight = 0;
  private shedCount = 0;
  private smoothedLatencyMs = 0;
  private lastCutAt = Number.NEGATIVE_INFINITY;
  private readonly queue: Waiter[] = [];
  private readonly options: AdmissionOptions;
  private observer?: AdmissionObserver;

  constructor(
    options: Partial<AdmissionOptions> = {},
    private readonly now: () => number = () => performance.now(),
  ) {
    const merged = { ...DEFAULT_ADMISSION, ...options };
    // A cap below the defaults (an operator's setting) bounds the start and the floor too.
    const minLimit = Math.min(merged.minLimit, merged.maxLimit);
    this.options = { ...merged, minLimit, initialLimit: Math.min(Math.max(merged.initialLimit, minLimit), merged.maxLimit) };
    this.limit = this.options.initialLimit;
  }

  observe(observer: AdmissionObserver): void {
    this.observer = observer;
    observer.changed(this.snapshot());
  }

  /** A slot for one command, or undefined when it is shed (the caller answers "busy"). */
  acquire(): Promise<Permit | undefined> {
    if (this.inFlight < Math.floor(this.limit) && this.queue.length === 0) return Promise.resolve(this.admit());
    // The queue holds at most one limit's worth: beyond that, waiting cannot end within the target.
    if (this.queue.length >= Math.floor(this.limit)) return Promise.resolve(this.shed());
    return new Promise((resolve) => {
      const waiter: Waiter = {
        grant: resolve,
        timer: setTimeout(() => {
          this.queue.splice(this.queue.indexOf(waiter), 1);
          resolve(this.shed());
        }, this.options.maxQueueWaitMs),
      };
      waiter.timer.unref?.();
      this.queue.push(waiter);
    });
  }

  release(permit: Permit, outcome: AdmissionOutcome): void {
    this.inFlight--;
    const at = this.now();
    if (outcome !== 'not-sent') {
      // A command that timed out took at least the target: counted so, Retry-After grows while the service is away.
      const latency = outcome === 'late' ? Math.max(at - permit.admittedAt, this.options.latencyTargetMs) : at - permit.admittedAt;
      this.smoothedLatencyMs = this.smoothedLatencyMs === 0 ? latency : 0.8 * this.smoothedLatencyMs + 0.2 * latency;
    }
    if (outcome === 'replied') {
      const latency = at - permit.admittedAt;
      if (latency > this.options.latencyTargetMs) this.cut(at);
      // Grow only when the limit is being used: an idle service must not earn an unbounded limit.
      else if (this.inFlight + 1 >= this.limit / 2) this.limit = Math.min(this.options.maxLimit, this.limit + 1 / this.limit);
    } else if (outcome === 'late') {
      this.cut(at);
    }
    this.admitWaiters();
    this.observer?.changed(this.snapshot());
  }

  /** Seconds a refused client should wait: about two service times, at least 1 (Retry-After is whole seconds). */
  retryAfterSeconds(): number {
    return Math.min(30, Math.max(1, Math.ceil((2 * this.smoothedLatencyMs) / 1000)));
  }

  snapshot(): AdmissionSnapshot {
    return {
      limit: Math.floor(this.limit),
      inFlight: this.inFlight,
      queued: this.queue.length,
      shed: this.shedCount,
      latencyMs: Math.round(this.smoothedLatencyMs),
    };
  }

  private admit(): Permit {
    this.inFlight++;
    this.observer?.changed(this.snapshot());
    return { admittedAt: this.now() };
  }

  private shed(): undefined {
    this.shedCount++;
    this.observer?.shed();
    return undefined;
  }

  private cut(at: number): void {
    if (at - this.lastCutAt < this.options.latencyTargetMs) return;
    this.lastCutAt = at;
    this.limit = Math.max(this.options.minLimit, this.limit * this.options.backoffRatio);
  }

  private admitWaiters(): void {
    while (this.queue.length > 0 && this.inFlight < Math.floor(this.limit)) {
      const waiter = this.queue.shift() as Waiter;
      clearTimeout(waiter.timer);
      waiter.grant(this.admit());
    }
  }
}
