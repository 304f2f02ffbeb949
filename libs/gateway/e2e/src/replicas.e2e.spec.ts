import { randomUUID } from 'node:crypto';
import { isolatedSuite, type RunningService, startServiceUnderTest, waitUntilReady } from '@tn/shared-testing';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the e2e suite starts the apps themselves (see harness.ts)
import { gatewayService } from '../../../../apps/gateway/src/app.module';
import { graphqlClient, type Platform, startPlatform, tokenFor, unitInput } from './harness';

// Two gateway instances side by side (issue 12's replicas; found with issue 11's reply groups):
// each reads every command reply in a consumer group of its own. Named by the process id, two
// gateways in one process (or two containers, where every pid is 1) shared a group, each got
// half the partitions' replies, and the other half of their commands timed out.
describe('two gateways side by side (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('replicas e2e');
  const run = randomUUID().slice(0, 6);
  const id = (name: string) => `${run}-${name}`;
  const admin = tokenFor([{ role: 'system-admin', unitId: null }]);
  let platform: Platform;
  let second: RunningService;

  beforeAll(async () => {
    platform = await startPlatform(suite);
    // The same deployment: the same topics, read-model database and projector groups.
    second = await startServiceUnderTest(gatewayService, { MONGO_DATABASE: platform.databases.gateway, KAFKA_TOPIC_PREFIX: suite.topicPrefix });
    await waitUntilReady(second.baseUrl, 60_000);
  }, 180_000);

  afterAll(async () => {
    await second?.stop();
    await platform?.stop();
  });

  it('answers every command sent to either of them', async () => {
    const first = graphqlClient(() => platform.gateway.baseUrl);
    const other = graphqlClient(() => second.baseUrl);
    await first.mutate(`mutation { createUnit(input: ${unitInput(id('lao-cai'), 'Tỉnh đoàn Lào Cai', null)}) { consistencyToken } }`, { token: admin });
    const started = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        (index % 2 === 0 ? first : other).gql(`mutation { createUnit(input: ${unitInput(id(`xa-${index}`), `Đoàn xã ${index}`, id('lao-cai'))}) { id } }`, { token: admin }),
      ),
    );
    expect(answers.map((answer) => answer.errors?.[0]?.extensions?.['code'] ?? 'ok')).toEqual(Array(8).fill('ok'));
    expect(Date.now() - started).toBeLessThan(10_000); // none waited for the 15 s reply timeout
  }, 60_000);
});
