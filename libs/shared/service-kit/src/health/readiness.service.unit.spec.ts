import type { KafkaConnection } from '../kafka/kafka-connection';
import { MetricsService } from '../metrics/metrics.service';
import type { MongoConnection } from '../mongo/mongo-connection';
import { ReadinessService } from './readiness.service';

const pingThat = (outcome: 'up' | Error) => ({
  ping: () => (outcome === 'up' ? Promise.resolve() : Promise.reject(outcome)),
});

describe('ReadinessService', () => {
  it('is ready only when both Kafka and MongoDB answer, and records each in a gauge', async () => {
    const metrics = new MetricsService('test');
    const readiness = new ReadinessService(
      pingThat('up') as unknown as KafkaConnection,
      pingThat(new Error('not connected to MongoDB yet')) as unknown as MongoConnection,
      metrics,
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
