import { CommandAdmission, type Permit } from './command-admission';

/** A clock the test moves by hand; queue timers run on jest's fake timers. */
function admissionAt(options: ConstructorParameters<typeof CommandAdmission>[0] = {}) {
  let now = 0;
  const admission = new CommandAdmission({ initialLimit: 4, minLimit: 2, maxLimit: 8, latencyTargetMs: 1000, maxQueueWaitMs: 500, ...options }, () => now);
  return { admission, advance: (ms: number) => (now += ms) };
}

const acquireAll = async (admission: CommandAdmission, count: number) => Promise.all(Array.from({ length: count }, () => admission.acquire()));

describe('CommandAdmission (load shedding)', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('admits up to its limit, queues one limit more, and sheds the rest at once', async () => {
    const { admission } = admissionAt();
    const admitted = await acquireAll(admission, 4);
    expect(admitted.every(Boolean)).toBe(true);
    const queued = Array.from({ length: 4 }, () => admission.acquire());
    expect(await admission.acquire()).toBeUndefined(); // the ninth: queue full
    expect(admission.snapshot()).toMatchObject({ limit: 4, inFlight: 4, queued: 4, shed: 1 });
    admission.release(admitted[0] as Permit, 'replied');
    await expect(queued[0]).resolves.toBeDefined(); // the slot went to the first in the queue
    expect(admission.snapshot()).toMatchObject({ inFlight: 4, queued: 3 });
  });

  it('sheds a queued command that found no slot within the queue wait', async () => {
    const { admission } = admissionAt();
    await acquireAll(admission, 4);
    const waiting = admission.acquire();
    jest.advanceTimersByTime(499);
    expect(admission.snapshot().queued).toBe(1);
    jest.advanceTimersByTime(1);
    await expect(waiting).resolves.toBeUndefined();
    expect(admission.snapshot()).toMatchObject({ queued: 0, shed: 1 });
  });

  it('cuts the limit on a late reply (once per target interval) and not below its minimum', async () => {
    const { admission, advance } = admissionAt();
    const permits = await acquireAll(admission, 4);
    advance(1500);
    admission.release(permits[0] as Permit, 'replied'); // 1.5 s > 1 s target
    expect(admission.snapshot().limit).toBe(3); // 4 × 0.8
    admission.release(permits[1] as Permit, 'late'); // same burst: not cut twice
    expect(admission.snapshot().limit).toBe(3);
    admission.release(permits[2] as Permit, 'not-sent');
    admission.release(permits[3] as Permit, 'not-sent');
    for (let round = 0; round < 10; round++) {
      advance(1001);
      const permit = (await admission.acquire()) as Permit;
      admission.release(permit, 'late');
    }
    expect(admission.snapshot().limit).toBe(2);
  });

  it('grows the limit by about one per limit of fast replies while it is used, up to its maximum', async () => {
    const { admission, advance } = admissionAt();
    for (let round = 0; round < 40; round++) {
      const permits = await acquireAll(admission, admission.snapshot().limit);
      advance(100);
      for (const permit of permits) admission.release(permit as Permit, 'replied');
    }
    expect(admission.snapshot().limit).toBe(8);
  });

  it('does not grow while idle, and a command that never reached the service teaches it nothing', async () => {
    const { admission, advance } = admissionAt();
    for (let round = 0; round < 50; round++) {
      const permit = (await admission.acquire()) as Permit;
      advance(10);
      admission.release(permit, 'replied');
    }
    expect(admission.snapshot().limit).toBe(4); // one at a time never needed more
    const permit = (await admission.acquire()) as Permit;
    advance(60_000);
    admission.release(permit, 'not-sent');
    expect(admission.snapshot()).toMatchObject({ limit: 4, inFlight: 0 });
  });

  it('asks a refused client to come back after about two service times, at least 1 s and at most 30 s', async () => {
    const { admission, advance } = admissionAt({ latencyTargetMs: 100_000 });
    expect(admission.retryAfterSeconds()).toBe(1);
    const permit = (await admission.acquire()) as Permit;
    advance(2_400);
    admission.release(permit, 'replied');
    expect(admission.retryAfterSeconds()).toBe(5);
    const slow = (await admission.acquire()) as Permit;
    advance(90_000);
    admission.release(slow, 'replied');
    expect(admission.retryAfterSeconds()).toBe(30);
  });

  it('counts a command that timed out as at least the target, so Retry-After grows while the service is away', async () => {
    const { admission, advance } = admissionAt({ latencyTargetMs: 2_000 });
    for (let round = 0; round < 10; round++) {
      const permit = (await admission.acquire()) as Permit;
      advance(15_000);
      admission.release(permit, 'late');
    }
    expect(admission.retryAfterSeconds()).toBeGreaterThanOrEqual(25);
  });
});
