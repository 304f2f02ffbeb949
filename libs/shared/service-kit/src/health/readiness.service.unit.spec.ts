import type { KafkaConnection } from '../kafka/kafka-connection';
import { MetricsService } from '../metrics/metrics.service';
import type { MongoConnection } from '../mongo/mongo-connection';
import { HealthIndicators } from './health-indicators';
import { ReadinessService } from './readiness.service';

const pingThat = (outcome: 'up' | Error) => ({
  ping: () => (outcome === 'up' ? Promise.resolve() : Promise.reject(outcome)),
});

describe('ReadinessService', () => {
  it('includes registered feature indicators, and a failing one makes the service not ready', async () => {
    const indicators = new HealthIndicators();
    indicators.register('outbox-relay', () => ({ up: true, detail: 'backlog 0' }));
    indicators.register('projector', async () => {
      throw new Error('consumer not running');
    });
    const readiness = new ReadinessService(
      pingThat('up') as unknown as KafkaConnection,
      pingThat('up') as unknown as MongoConnection,
      new MetricsService('test'),
      indicators,
    );
    const report = await readiness.check();
    expect(report.ready).toBe(false);
    expect(report.dependencies.slice(2).map(({ name, up, detail, error }) => ({ name, up, detail, error }))).toEqual([
      { name: 'outbox-relay', up: true, detail: 'backlog 0', error: undefined },
      { name: 'projector', up: false, detail: undefined, error: 'consumer not running' },
    ]);
  });

  const stuck = { projector: 'gateway-registry', topic: 'registry.events', partition: 0, offset: '7', attempts: 5, since: '2025-01-01T00:00:00.000Z' };
  const readinessWith = (mongo: 'up' | Error, register: (indicators: HealthIndicators) => void) => {
    const indicators = new HealthIndicators();
    register(indicators);
    return new ReadinessService(
      pingThat('up') as unknown as KafkaConnection,
      pingThat(mongo) as unknown as MongoConnection,
      new MetricsService('test'),
      indicators,
    );
  };

  it('stays ready but degraded when the only trouble is a stuck projector partition', async () => {
    const readiness = readinessWith('up', (indicators) =>
      indicators.register('projector:gateway-registry', () => ({ up: false, detail: 'stuck', stuckPartitions: [stuck] })),
    );
    const report = await readiness.check();
    expect(report).toMatchObject({ ready: true, health: 'degraded' });
    expect(report.dependencies.find((d) => d.name === 'projector:gateway-registry')).toMatchObject({ up: false, stuckPartitions: [stuck] });
  });

  it('stays ready but degraded when a projector is out of its consumer group, and reports it', async () => {
    const readiness = readinessWith('up', (indicators) =>
      indicators.register('projector:gateway-registry', () => ({ up: false, detail: 'not in its consumer group for 61 s (rebalancing)', groupMember: false })),
    );
    const report = await readiness.check();
    expect(report).toMatchObject({ ready: true, health: 'degraded' });
    expect(report.dependencies.find((d) => d.name === 'projector:gateway-registry')).toMatchObject({
      up: false,
      groupMember: false,
      error: 'not in its consumer group for 61 s (rebalancing)',
    });
  });

  it('stays ready but degraded when only a degrades-only dependency (a backend service) is down', async () => {
    const readiness = readinessWith('up', (indicators) => {
      indicators.register('service:registry', () => ({ up: false, degradesOnly: true, detail: 'no answer to the last command-path ping' }));
      indicators.register('projector:gateway-registry', () => ({ up: true, groupMember: true, lag: 3 }));
    });
    const report = await readiness.check();
    expect(report).toMatchObject({ ready: true, health: 'degraded' });
    expect(report.dependencies.find((d) => d.name === 'service:registry')).toMatchObject({ up: false, degradesOnly: true });
    expect(report.dependencies.find((d) => d.name === 'projector:gateway-registry')).toMatchObject({ up: true, groupMember: true, lag: 3 });
  });

  it('is down and not ready when MongoDB is down, stuck partition or not', async () => {
    const readiness = readinessWith(new Error('no server'), (indicators) =>
      indicators.register('projector:gateway-registry', () => ({ up: false, stuckPartitions: [stuck] })),
    );
    expect(await readiness.check()).toMatchObject({ ready: false, health: 'down' });
  });

  it('is ready only when both Kafka and MongoDB answer, and records each in a gauge', async () => {
    const metrics = new MetricsService('test');
    const readiness = new ReadinessService(
      pingThat('up') as unknown as KafkaConnection,
      pingThat(new Error('not connected to MongoDB yet')) as unknown as MongoConnection,
      metrics,
      new HealthIndicators(),
    );
    const report = await readiness.check();
    expect(report.ready).toBe(false);
    expect(report.dependencies.map(({ name, up, error }) => ({ name, up, error }))).toEqual([
      { name: 'kafka', up: true, error: undefined },
      { name: 'mongodb', up: false, error: 'not connected to MongoDB yet' },
    ]);
    const gauge = await metrics.dependencyUp.get();
    expect(gauge.values.map((v) => [v.labels['dependency'], v.value])).toEqual([
      ['kafka', 1],
      ['mongodb', 0],
    ]);
  });
});
