import { CommandPathProbe } from './command-path-probe';

describe('CommandPathProbe', () => {
  const now = () => new Date('2026-12-01T08:00:00.000Z');

  it('says unknown before the first ping, then what the service answered', async () => {
    const probe = new CommandPathProbe(async () => 'degraded', { now });
    expect(probe.current()).toEqual({ reachable: false, health: 'unknown' });
    await probe.probeOnce();
    expect(probe.current()).toMatchObject({
      reachable: true,
      health: 'degraded',
      checkedAt: '2026-12-01T08:00:00.000Z',
      lastReplyAt: '2026-12-01T08:00:00.000Z',
    });
    expect(probe.current().roundTripMs).toBeGreaterThanOrEqual(0);
  });

  it('turns unreachable after two failed pings in a row (one slow ping under load is no outage), keeping when the last answer came', async () => {
    let answering = true;
    const probe = new CommandPathProbe(
      async (timeoutMs) => {
        expect(timeoutMs).toBe(5000);
        if (!answering) throw Object.assign(new Error('timeout'), { name: 'TimeoutError' });
        return 'up';
      },
      { now },
    );
    await probe.probeOnce();
    answering = false;
    await probe.probeOnce();
    expect(probe.current()).toMatchObject({ reachable: true, health: 'up' });
    await probe.probeOnce();
    expect(probe.current()).toEqual({ reachable: false, health: 'unknown', checkedAt: '2026-12-01T08:00:00.000Z', lastReplyAt: '2026-12-01T08:00:00.000Z' });
    answering = true;
    await probe.probeOnce();
    expect(probe.current()).toMatchObject({ reachable: true, health: 'up' });
  });

  it('shares one ping between overlapping calls', async () => {
    let pings = 0;
    const probe = new CommandPathProbe(async () => {
      pings++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return 'up';
    });
    await Promise.all([probe.probeOnce(), probe.probeOnce()]);
    expect(pings).toBe(1);
  });
});
