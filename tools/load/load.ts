import { postGraphql } from './gql';
import { classifyFailure, classifyResponse, type Outcome } from './outcome';
import type { LoadSession } from './session';

/** One mutation of a load: what to send, and the Idempotency-Key that names it on every attempt. */
export interface MutationSpec {
  /** A label for figures (e.g. the mutation's name, or the service it reaches). */
  kind: string;
  key: string;
  query: string;
  variables?: Record<string, unknown>;
}

export interface Attempt {
  /** Epoch ms when it was sent and when its answer (or failure) came. */
  sentAt: number;
  doneAt: number;
  outcome: Outcome;
}

/** Everything that happened to one key: the open-loop attempt, then any retries. */
export interface KeyRecord {
  seq: number;
  spec: MutationSpec;
  attempts: Attempt[];
}

export interface LoadTarget {
  /** The gateway's GraphQL endpoint. */
  url: string;
  session: LoadSession;
  /** Client-side timeout of one attempt (default 30 s, above the gateway's reply timeout). */
  timeoutMs?: number;
}

/** The outcome that counts for a key: its latest attempt's. */
export const finalOf = (record: KeyRecord): Outcome => lastAttempt(record).outcome;
/** The open-loop attempt (every record has one: it is made with it). */
export const firstOf = (record: KeyRecord): Attempt => {
  const [first] = record.attempts;
  if (!first) throw new Error(`key ${record.spec.key} has no attempt`);
  return first;
};
const lastAttempt = (record: KeyRecord): Attempt => record.attempts.at(-1) ?? firstOf(record);

/** Sends one attempt of a mutation with its key and classifies the answer; asks for a new session on UNAUTHENTICATED. */
export async function attempt(target: LoadTarget, spec: MutationSpec): Promise<Attempt> {
  const sentAt = Date.now();
  let outcome: Outcome;
  try {
    const response = await postGraphql<Record<string, unknown>>(target.url, {
      query: spec.query,
      ...(spec.variables ? { variables: spec.variables } : {}),
      token: target.session.token(),
      idempotencyKey: spec.key,
      timeoutMs: target.timeoutMs ?? 30_000,
    });
    outcome = classifyResponse(response);
  } catch (error) {
    outcome = classifyFailure(error);
  }
  if (outcome.code === 'UNAUTHENTICATED' || outcome.code === 'AUTH.SESSION_ENDED') void target.session.renew();
  return { sentAt, doneAt: Date.now(), outcome };
}

export interface OpenLoopOptions extends LoadTarget {
  ratePerSecond: number;
  /** The mutation for the load's nth request (n counts from `firstSeq`). */
  make: (seq: number) => MutationSpec;
  firstSeq?: number;
  /** Above this many unanswered requests a tick is skipped and counted in `skipped` (default 1,000). */
  maxInFlight?: number;
  /** Called with every answered attempt (e.g. to watch for the first success after a fault). */
  onAttempt?: (record: KeyRecord, attempt: Attempt) => void;
}

/**
 * Open-loop load: requests leave at a fixed rate whatever the answers, so a slow or dead server
 * does not slow the offered load down (a closed loop would hide the outage). Each request has
 * its own Idempotency-Key; `records` keeps every key's attempts (complete once stop() returns:
 * a request still in flight has none yet).
 */
export class OpenLoop {
  readonly records: KeyRecord[] = [];
  skipped = 0;
  private timer?: NodeJS.Timeout;
  private inFlight = new Set<Promise<void>>();
  private nextSeq: number;
  private startedAt = 0;
  private sent = 0;

  constructor(private readonly options: OpenLoopOptions) {
    this.nextSeq = options.firstSeq ?? 0;
  }

  /** The sequence number the next request will take. */
  get seq(): number {
    return this.nextSeq;
  }

  start(): void {
    this.startedAt = Date.now();
    this.sent = 0;
    // A coarse tick sends whatever is due, so the rate holds even when timers run late.
    this.timer = setInterval(() => this.tick(), Math.max(5, Math.min(50, 1000 / this.options.ratePerSecond / 2)));
  }

  /** Stops sending and waits for the requests still unanswered. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }

  private tick(): void {
    const due = Math.floor(((Date.now() - this.startedAt) / 1000) * this.options.ratePerSecond);
    while (this.sent < due) {
      this.sent++;
      if (this.inFlight.size >= (this.options.maxInFlight ?? 1_000)) {
        this.skipped++;
        continue;
      }
      const seq = this.nextSeq++;
      const record: KeyRecord = { seq, spec: this.options.make(seq), attempts: [] };
      this.records.push(record);
      const request = attempt(this.options, record.spec).then((answered) => {
        record.attempts.push(answered);
        this.options.onAttempt?.(record, answered);
      });
      this.inFlight.add(request);
      void request.finally(() => this.inFlight.delete(request));
    }
  }
}

/** Open-loop load for a fixed time; returns every key's record once all answers are in. */
export async function runOpenLoop(options: OpenLoopOptions, durationMs: number): Promise<KeyRecord[]> {
  const loop = new OpenLoop(options);
  loop.start();
  await new Promise((resolve) => setTimeout(resolve, durationMs));
  await loop.stop();
  return loop.records;
}

export interface SettleOptions {
  /** Give up (leaving keys unknown) after this long (default 180 s). */
  deadlineMs?: number;
  /** Pause between passes over the unsettled keys (default 1 s, or the server's Retry-After). */
  pauseMs?: number;
  /** Keys retried at once (default 4). */
  concurrency?: number;
}

/**
 * Retries every key whose latest outcome is unknown, with the same key, until each is ok or
 * refused (or the deadline passes). Returns the keys still unknown.
 */
export async function settleUnknown(target: LoadTarget, records: KeyRecord[], options: SettleOptions = {}): Promise<KeyRecord[]> {
  const deadline = Date.now() + (options.deadlineMs ?? 180_000);
  let pending = records.filter((record) => finalOf(record).kind === 'unknown');
  while (pending.length > 0 && Date.now() < deadline) {
    const queue = [...pending];
    await Promise.all(
      Array.from({ length: Math.min(options.concurrency ?? 4, queue.length) }, async () => {
        for (let record = queue.shift(); record; record = queue.shift()) record.attempts.push(await attempt(target, record.spec));
      }),
    );
    pending = pending.filter((record) => finalOf(record).kind === 'unknown');
    if (pending.length === 0) break;
    const asked = Math.max(0, ...pending.map((record) => finalOf(record).retryAfterSeconds ?? 0)) * 1000;
    await new Promise((resolve) => setTimeout(resolve, Math.max(options.pauseMs ?? 1_000, asked)));
  }
  return pending;
}
