import { BackendServices, type GatewayContext, type ServiceClient } from '@tn/gateway-core';
import type { ReadinessService } from '@tn/shared-service-kit';
import { PlatformStatusResolver } from './platform-status.resolver';

const admin = { user: { claims: { grants: [{ role: 'system-admin', unitId: null }] } } } as unknown as GatewayContext;
const readinessOf = (report: Awaited<ReturnType<ReadinessService['check']>>) => ({ check: async () => report }) as unknown as ReadinessService;

describe('platformStatus', () => {
  it('is ready but "degraded" with a stuck partition, listing it without error texts', async () => {
    const stuck = { projector: 'gateway-registry', topic: 'registry.events', partition: 2, offset: '41', attempts: 5, since: '2025-01-01T00:00:00.000Z' };
    const readiness = readinessOf({
      ready: true,
      health: 'degraded',
      dependencies: [
        { name: 'kafka', up: true, latencyMs: 1 },
        {
          name: 'projector:gateway-registry',
          up: false,
          error: 'stuck at registry.events[2]@41 after 5 attempts: BSONError',
          stuckPartitions: [stuck],
          groupMember: true,
          lag: 7,
          latencyMs: 0,
        },
      ],
    });
    const status = await new PlatformStatusResolver(readiness, 'gateway', new BackendServices()).platformStatus(admin);
    expect(status).toMatchObject({ ready: true, status: 'degraded', stuckPartitions: [stuck] });
    expect(status.dependencies[1]).toMatchObject({ groupMember: true, lag: 7 });
    const anonymous = await new PlatformStatusResolver(readiness, 'gateway', new BackendServices()).platformStatus({} as GatewayContext);
    expect(anonymous.dependencies[1]).not.toHaveProperty('lag');
    expect(JSON.stringify(status)).not.toContain('BSONError');
  });

  it('lists every backend service with its command path and load shedding figures, to a system administrator', async () => {
    const backends = new BackendServices();
    const client = (reachable: boolean, health: string) =>
      ({
        connected: true,
        probe: { current: () => ({ reachable, health, ...(reachable ? { roundTripMs: 12 } : {}), checkedAt: '2026-01-01T00:00:00.000Z' }) },
        admission: { snapshot: () => ({ limit: 16, inFlight: 3, queued: 1, shed: 4, latencyMs: 250 }) },
      }) as unknown as ServiceClient;
    backends.add('registry', client(true, 'up'));
    backends.add('campaigns', client(false, 'unknown'));
    const resolver = new PlatformStatusResolver(readinessOf({ ready: true, health: 'degraded', dependencies: [] }), 'gateway', backends);
    expect((await resolver.platformStatus({} as GatewayContext)).services).toEqual([]); // load figures: administrators only
    const status = await resolver.platformStatus(admin);
    expect(status.services).toEqual([
      expect.objectContaining({
        name: 'registry',
        reachable: true,
        health: 'up',
        roundTripMs: 12,
        commandLimit: 16,
        commandsInFlight: 3,
        commandsQueued: 1,
        commandsShed: 4,
        commandLatencyMs: 250,
      }),
      expect.objectContaining({ name: 'campaigns', reachable: false, health: 'unknown', roundTripMs: undefined }),
    ]);
  });
});
