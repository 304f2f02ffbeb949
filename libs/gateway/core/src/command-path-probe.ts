/**
 * Pings a service through its command path in the background (command topic, the service's
 * consumer, its reply) so that platformStatus says whether commands can get through now, not
 * whether the gateway's own servers answer. A connected client with a dead service behind it
 * looks healthy from every other angle.
 */
export interface CommandPathStatus {
  /** A ping answered within the probe's timeout, at the last probe. */
  reachable: boolean;
  /** The service's readiness as it answered ('up', 'degraded', 'down'), 'unknown' when unreachable. */
  health: string;
  /** The last answered ping's round trip. */
  roundTripMs?: number;
  /** When the last probe ended (ISO time), or undefined before the first one. */
  checkedAt?: string;
  /** When a ping was last answered (ISO time). */
  lastReplyAt?: string;
}

export interface CommandPathProbeOptions {
  intervalMs?: number;
  /** A ping slower than this counts as failed (default 5 s). */
  timeoutMs?: number;
  /** Failed pings in a row before the service is called unreachable (default 2: one slow ping under load is not an outage). */
  failuresToUnreachable?: number;
  now?: () => Date;
}

export class CommandPathProbe {
  private status: CommandPathStatus = { reachable: false, health: 'unknown' };
  private timer?: ReturnType<typeof setInterval>;
  private running?: Promise<void>;
  private readonly intervalMs: number;
  private readonly timeoutMs: number;
  private readonly failuresToUnreachable: number;
  private failuresInARow = 0;
  private readonly now: () => Date;

  constructor(
    private readonly ping: (timeoutMs: number) => Promise<string>,
    options: CommandPathProbeOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 5_000;
    this.timeoutMs = options.timeoutMs ?? 5_000;
    this.failuresToUnreachable = options.failuresToUnreachable ?? 2;
    this.now = options.now ?? (() => new Date());
  }

  start(): void {
    if (this.timer) return;
    void this.probeOnce();
    this.timer = setInterval(() => void this.probeOnce(), this.intervalMs);
    this.timer.unref?.();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  current(): CommandPathStatus {
    return { ...this.status };
  }

  /** One probe (overlapping calls share it). */
  probeOnce(): Promise<void> {
    this.running ??= this.measure().finally(() => (this.running = undefined));
    return this.running;
  }

  private async measure(): Promise<void> {
    const started = performance.now();
    try {
      const health = await this.ping(this.timeoutMs);
      const checkedAt = this.now().toISOString();
      this.failuresInARow = 0;
      this.status = { reachable: true, health, roundTripMs: Math.round(performance.now() - started), checkedAt, lastReplyAt: checkedAt };
    } catch {
      this.failuresInARow++;
      const checkedAt = this.now().toISOString();
      const lastReplyAt = this.status.lastReplyAt ? { lastReplyAt: this.status.lastReplyAt } : {};
      // Before the first answer, or after enough failures in a row: unreachable; else the last answer stands.
      this.status =
        this.status.lastReplyAt === undefined || this.failuresInARow >= this.failuresToUnreachable
          ? { reachable: false, health: 'unknown', checkedAt, ...lastReplyAt }
          : { ...this.status, checkedAt };
    }
  }
}
