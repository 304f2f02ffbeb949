import type { ReadinessService } from '@tn/shared-service-kit';
import { PlatformStatusResolver } from './platform-status.resolver';

describe('platformStatus', () => {
  it('is ready but "degraded" with a stuck partition, listing it without error texts', async () => {
    const stuck = { projector: 'gateway-registry', topic: 'registry.events', partition: 2, offset: '41', attempts: 5, since: '2025-01-01T00:00:00.000Z' };
    const readiness = {
      check: async () => ({
        ready: true,
        health: 'degraded' as const,
        dependencies: [
          { name: 'kafka', up: true, latencyMs: 1 },
          { name: 'projector:gateway-registry', up: false, error: 'stuck at registry.events[2]@41 after 5 attempts: BSONError', stuckPartitions: [stuck], latencyMs: 0 },
        ],
      }),
    } as unknown as ReadinessService;
    const status = await new PlatformStatusResolver(readiness, 'gateway').platformStatus();
    expect(status).toMatchObject({ ready: true, status: 'degraded', stuckPartitions: [stuck] });
    expect(JSON.stringify(status)).not.toContain('BSONError');
  });
});
