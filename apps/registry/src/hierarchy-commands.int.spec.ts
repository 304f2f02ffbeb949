import { randomUUID } from 'node:crypto';
import type { CommandReply } from '@tn/shared-event-contracts';
import { CommandClient } from '@tn/shared-event-sourcing-nest';
import { signAccessToken } from '@tn/shared-auth';
import { isolatedSuite, type RunningService, startServiceUnderTest, TEST_AUTH_TOKEN_SECRET, waitUntilReady } from '@tn/shared-testing';
import { REGISTRY_CONTEXT } from '@tn/registry-contracts';
import { registryService } from './app.module';

// The registry's write side through its real entry point: commands over Kafka request/reply.
describe('registry hierarchy commands (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('registry hierarchy');
  let registry: RunningService;
  let client: CommandClient;
  const prefix = randomUUID().slice(0, 8);
  const context = `${suite.topicPrefix}${REGISTRY_CONTEXT}`;
  const id = (name: string) => `${prefix}-${name}`;
  const flags = { ethnicMinority: true, mountainous: true, border: false, island: false };

  beforeAll(async () => {
    registry = await startServiceUnderTest(registryService, { MONGO_DATABASE: suite.databaseName, KAFKA_TOPIC_PREFIX: suite.topicPrefix });
    await waitUntilReady(registry.baseUrl);
    client = new CommandClient([context], {
      clientId: 'registry-test',
      brokers: suite.kafkaBrokers,
      sealingSecret: Buffer.from(TEST_AUTH_TOKEN_SECRET, 'base64'),
      replyGroupId: `${suite.topicPrefix}replies`,
    });
    await client.connect();
  }, 90_000);
  afterAll(async () => {
    await client?.close();
    await registry?.stop();
    await suite.cleanUp();
  });

  const adminToken = signAccessToken(
    { sub: 'admin', sid: 's1', kind: 'cadre', grants: [{ role: 'system-admin', unitId: null }] },
    Buffer.from(TEST_AUTH_TOKEN_SECRET, 'base64'),
    new Date(),
    600,
  );
  const send = (type: string, payload: Record<string, unknown>, credentials: string | undefined = adminToken): Promise<CommandReply> =>
    client.send(context, { type, payload, actor: { kind: 'account', id: 'admin' }, ...(credentials ? { credentials } : {}) });
  const unit = (name: string, nameVi: string, parentId: string | null) => ({
    unitId: id(name),
    nameVi,
    organisation: 'union',
    levelLabel: parentId ? 'Đoàn xã' : 'Tỉnh đoàn',
    parentId: parentId ? id(parentId) : null,
    flags,
    effectiveFrom: '2025-01-01',
  });

  it('creates a province and communes, merges two communes, and refuses a cycle with its code and field', async () => {
    expect(await send('CreateUnit', unit('lao-cai', 'Tỉnh đoàn Lào Cai', null))).toMatchObject({ ok: true });
    expect(await send('CreateUnit', unit('ta-van', 'Đoàn xã Tả Van', 'lao-cai'))).toMatchObject({ ok: true });
    expect(await send('CreateUnit', unit('lao-chai', 'Đoàn xã Lao Chải', 'lao-cai'))).toMatchObject({ ok: true });
    const merged = await send('MergeUnits', {
      sourceUnitIds: [id('ta-van'), id('lao-chai')],
      successor: { newUnitId: id('ta-van-moi'), nameVi: 'Đoàn xã Tả Van', organisation: 'union', levelLabel: 'Đoàn xã', parentId: id('lao-cai'), flags },
      effectiveFrom: '2025-07-01',
    });
    expect(merged).toMatchObject({ ok: true, eventTypes: ['UnitCreated', 'UnitsMerged'] });
    expect(await send('MoveUnit', { unitId: id('lao-cai'), newParentId: id('ta-van-moi'), effectiveFrom: '2025-08-01' })).toMatchObject({
      ok: false,
      error: { kind: 'validation', code: 'UNIT.CYCLE', field: 'parentId' },
    });
    expect(await send('CreateUnit', { ...unit('bad', '', 'lao-cai') })).toMatchObject({
      ok: false,
      error: { code: 'UNIT.NAME_REQUIRED', field: 'nameVi' },
    });
  }, 60_000);

  it('checks the actor itself: no token, or a manager of another subtree, is refused before deciding', async () => {
    expect(await send('CreateUnit', unit('no-token', 'Đoàn xã Không Thẻ', 'lao-cai'), '')).toMatchObject({
      ok: false,
      error: { kind: 'forbidden', code: 'UNAUTHENTICATED' },
    });
    const otherProvince = signAccessToken(
      { sub: 'admin', sid: 's2', kind: 'cadre', grants: [{ role: 'unit-manager', unitId: id('tuyen-quang') }] },
      Buffer.from(TEST_AUTH_TOKEN_SECRET, 'base64'),
      new Date(),
      600,
    );
    expect(await send('CreateUnit', unit('intruder', 'Đoàn xã Lạ', 'lao-cai'), otherProvince)).toMatchObject({
      ok: false,
      error: { kind: 'forbidden', code: 'FORBIDDEN' },
    });
    const ownProvince = signAccessToken(
      { sub: 'admin', sid: 's3', kind: 'cadre', grants: [{ role: 'unit-manager', unitId: id('lao-cai') }] },
      Buffer.from(TEST_AUTH_TOKEN_SECRET, 'base64'),
      new Date(),
      600,
    );
    expect(await send('CreateUnit', unit('own', 'Đoàn xã Bản Hồ', 'lao-cai'), ownProvince)).toMatchObject({ ok: true });
  }, 60_000);
});
