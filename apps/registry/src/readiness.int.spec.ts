import { fetchReadiness, hostAndPort, type RunningService, startServiceUnderTest, TcpGate, testInfraUrls, waitUntilReady } from '@tn/shared-testing';
import { registryService } from './app.module';

// Readiness must follow the real servers: the service starts before they are reachable,
// says so, and turns ready by itself once they are (TCP gates stand in for the network).
describe('registry readiness', () => {
  let kafkaGate: TcpGate;
  let mongoGate: TcpGate;
  let service: RunningService;

  beforeAll(async () => {
    const { kafkaBrokers, mongoUrl } = testInfraUrls();
    kafkaGate = await TcpGate.reserve(hostAndPort(kafkaBrokers));
    mongoGate = await TcpGate.reserve(hostAndPort(mongoUrl));
    service = await startServiceUnderTest(registryService, {
      KAFKA_BROKERS: `127.0.0.1:${kafkaGate.port}`,
      MONGO_URL: `mongodb://127.0.0.1:${mongoGate.port}/?directConnection=true`,
      MONGO_DATABASE: 'test_readiness',
    });
  });

  afterAll(async () => {
    await service.stop();
    await Promise.all([kafkaGate.close(), mongoGate.close()]);
  });

  it('is live but not ready while neither server is reachable', async () => {
    expect((await fetch(`${service.baseUrl}/health/live`)).status).toBe(200);
    const { httpStatus, body } = await fetchReadiness(service.baseUrl);
    expect(httpStatus).toBe(503);
    expect(body.status).toBe('not-ready');
    expect(body.dependencies.map((d) => [d.name, d.up])).toEqual([
      ['kafka', false],
      ['mongodb', false],
      ['outbox-relay', false],
      ['command-transport', false],
    ]);
  });

  it('stays not ready while only MongoDB is reachable', async () => {
    await mongoGate.open();
    const deadline = Date.now() + 30_000;
    let mongoUp = false;
    while (!mongoUp && Date.now() < deadline) {
      const { httpStatus, body } = await fetchReadiness(service.baseUrl);
      mongoUp = body.dependencies.find((d) => d.name === 'mongodb')?.up ?? false;
      expect(httpStatus).toBe(503); // Kafka is still unreachable
      if (!mongoUp) await new Promise((r) => setTimeout(r, 200));
    }
    expect(mongoUp).toBe(true);
  });

  it('turns ready once Kafka is reachable too, with its relay and command consumer running', async () => {
    await kafkaGate.open();
    const report = await waitUntilReady(service.baseUrl, 30_000);
    expect(report.dependencies.every((d) => d.up)).toBe(true);
  });
});
