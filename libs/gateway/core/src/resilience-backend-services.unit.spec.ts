import { HealthIndicators, MetricsService } from '@tn/shared-service-kit';
import { watchServiceClient } from './backend-services';
import { CommandAdmission } from './command-admission';
import type { CommandPathStatus } from './command-path-probe';
import type { ServiceClient } from './service-client';

// Issue 11: the gateway's readiness for a service behind it, and its load-shedding metrics.
describe('watchServiceClient', () => {
  const watched = (state: { connected: boolean; repliesStalled?: string; path: CommandPathStatus }) => {
    const indicators = new HealthIndicators();
    const metrics = new MetricsService('gateway');
    const client = { ...state, admission: new CommandAdmission({ initialLimit: 8 }), probe: { current: () => state.path } } as unknown as ServiceClient;
    watchServiceClient('registry', client, { indicators, metrics });
    const check = async (name: string) => (indicators.entries().find(([entry]) => entry === name)?.[1] as () => unknown)();
    return { check, metrics, client };
  };

  it('is not ready without a reply consumer, and only degraded while it is out of its group', async () => {
    expect(await watched({ connected: false, path: { reachable: false, health: 'unknown' } }).check('registry-commands')).toMatchObject({ up: false });
    expect(await watched({ connected: false, path: { reachable: false, health: 'unknown' } }).check('registry-commands')).not.toHaveProperty('degradesOnly');
    const stalled = watched({ connected: true, repliesStalled: 'consumer disconnected', path: { reachable: true, health: 'up' } });
    expect(await stalled.check('registry-commands')).toEqual({ up: false, degradesOnly: true, groupMember: false, detail: 'consumer disconnected' });
  });

  it('degrades (never unready) for an unreachable or down service, with no load figures in the public text', async () => {
    const away = watched({ connected: true, path: { reachable: false, health: 'unknown', checkedAt: '2026-12-01T00:00:00.000Z' } });
    expect(await away.check('service:registry')).toEqual({ up: false, degradesOnly: true, detail: 'no answer to the last command-path pings' });
    const down = watched({ connected: true, path: { reachable: true, health: 'down', roundTripMs: 4 } });
    expect(await down.check('service:registry')).toEqual({ up: false, degradesOnly: true, detail: 'service down' });
  });

  it('exports the admission limit, commands in flight and commands shed, labelled by service', async () => {
    const { metrics, client } = watched({ connected: true, path: { reachable: true, health: 'up' } });
    const permit = await client.admission.acquire();
    const text = await metrics.registry.metrics();
    expect(text).toMatch(/tn_command_admission_limit\{backend="registry"[^}]*\} 8/);
    expect(text).toMatch(/tn_commands_in_flight\{backend="registry"[^}]*\} 1/);
    client.admission.release(permit!, 'replied');
  });
});
