import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import type { CommandReply } from '@tn/shared-event-contracts';
import { CommandClient } from '@tn/shared-event-sourcing-nest';
import { signAccessToken } from '@tn/shared-auth';
import { isolatedSuite, type RunningService, startServiceUnderTest, TEST_AUTH_TOKEN_SECRET, waitUntilReady } from '@tn/shared-testing';
import { REGISTRY_CONTEXT } from '@tn/registry-contracts';
import { registryService } from './app.module';

// Issue 10, item 2, below the gateway: raw commands on the registry's command topic with the
// probe's bad ids, names and dates are refused by the service itself, and nothing is stored.
describe('registry input gate on its command topic (probe-input, real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('registry probe input');
  const prefix = randomUUID().slice(0, 8);
  const context = `${suite.topicPrefix}${REGISTRY_CONTEXT}`;
  const id = (name: string) => `${prefix}-${name}`;
  const flags = { ethnicMinority: false, mountainous: true, border: false, island: false };
  let registry: RunningService;
  let client: CommandClient;
  let db: mongoose.Connection;

  const adminToken = signAccessToken(
    { sub: 'admin', sid: 's1', kind: 'cadre', grants: [{ role: 'system-admin', unitId: null }] },
    Buffer.from(TEST_AUTH_TOKEN_SECRET, 'base64'),
    new Date(),
    600,
  );
  const send = (type: string, payload: Record<string, unknown>, extra: { commandId?: string } = {}): Promise<CommandReply> =>
    client.send(context, { type, payload, actor: { kind: 'account', id: 'admin' }, credentials: adminToken, ...extra });
  const errorOf = (reply: CommandReply) => (reply.ok ? { ok: true } : { code: reply.error.code, field: reply.error.field });
  const unit = (overrides: Record<string, unknown>) => ({
    unitId: id('commune'),
    nameVi: 'Đoàn xã Thử',
    organisation: 'union',
    levelLabel: 'Đoàn xã',
    parentId: id('province'),
    flags,
    effectiveFrom: '2025-01-01',
    ...overrides,
  });
  const volunteer = (overrides: Record<string, unknown>) => ({
    volunteerId: id('volunteer'),
    fullName: 'Lò Thị Thử',
    dateOfBirth: '2000-05-20',
    phone: '0977123456',
    email: `thu.${prefix}@example.vn`,
    homeUnitId: id('province'),
    consents: [{ purpose: 'registry', givenAt: '2025-02-01T08:00:00Z' }],
    registeredOn: '2025-02-01',
    ...overrides,
  });
  const commits = () => db.collection('event_commits').countDocuments();

  beforeAll(async () => {
    registry = await startServiceUnderTest(registryService, { MONGO_DATABASE: suite.databaseName, KAFKA_TOPIC_PREFIX: suite.topicPrefix });
    await waitUntilReady(registry.baseUrl);
    client = new CommandClient([context], {
      clientId: 'registry-probe-input-test',
      brokers: suite.kafkaBrokers,
      sealingSecret: Buffer.from(TEST_AUTH_TOKEN_SECRET, 'base64'),
      replyGroupId: `${suite.topicPrefix}replies`,
    });
    await client.connect();
    db = await mongoose.createConnection(suite.mongoUrl, { dbName: suite.databaseName }).asPromise();
    expect(await send('CreateUnit', unit({ unitId: id('province'), nameVi: 'Tỉnh đoàn Thử', levelLabel: 'Tỉnh đoàn', parentId: null }))).toMatchObject({
      ok: true,
    });
  }, 90_000);
  afterAll(async () => {
    await db?.close();
    await client?.close();
    await registry?.stop();
    await suite.cleanUp();
  });

  const BAD_IDS = [`${prefix}-a\u0000b`, 'x'.repeat(5000), '../../etc/passwd', '$where', '{"$gt":""}', ''];

  it('refuses every bad unit id and volunteer id, names with control or bidi characters, and implausible dates, storing nothing', async () => {
    const before = await commits();
    for (const bad of BAD_IDS) {
      expect(errorOf(await send('CreateUnit', unit({ unitId: bad })))).toEqual({ code: 'INPUT.ID_INVALID', field: 'unitId' });
      expect(errorOf(await send('CreateUnit', unit({ parentId: bad })))).toEqual({ code: 'INPUT.ID_INVALID', field: 'parentId' });
      expect(errorOf(await send('RegisterVolunteer', volunteer({ volunteerId: bad })))).toEqual({ code: 'INPUT.ID_INVALID', field: 'volunteerId' });
      expect(
        errorOf(await send('MergeUnits', { sourceUnitIds: [id('province'), bad], successor: { existingUnitId: id('province') }, effectiveFrom: '2025-07-01' })),
      ).toEqual({
        code: 'INPUT.ID_INVALID',
        field: 'sourceUnitIds.1',
      });
    }
    for (const name of [`Thử \u202Eevil`, 'Thử\u0007', 'Thử\u0000', 'Thử\u2066x\u2069']) {
      expect(errorOf(await send('CreateUnit', unit({ nameVi: name })))).toEqual({ code: 'INPUT.TEXT_FORBIDDEN_CHARACTER', field: 'nameVi' });
      expect(errorOf(await send('RegisterVolunteer', volunteer({ fullName: name })))).toEqual({ code: 'INPUT.TEXT_FORBIDDEN_CHARACTER', field: 'fullName' });
    }
    expect(
      errorOf(
        await send(
          'RegisterVolunteer',
          volunteer({ consents: [{ purpose: 'registry', givenAt: '2025-02-01', guardian: { fullName: 'Bà\u202E', relationship: 'mẹ' } }] }),
        ),
      ),
    ).toEqual({
      code: 'INPUT.TEXT_FORBIDDEN_CHARACTER',
      field: 'consents.0.guardian.fullName',
    });
    expect(errorOf(await send('RegisterVolunteer', volunteer({ dateOfBirth: '0001-01-01' })))).toEqual({ code: 'DATE.OUT_OF_RANGE', field: 'dateOfBirth' });
    expect(errorOf(await send('CreateUnit', unit({ effectiveFrom: '9999-12-31' })))).toEqual({ code: 'DATE.OUT_OF_RANGE', field: 'effectiveFrom' });
    expect(errorOf(await send('CreateUnit', unit({}), { commandId: '../x' }))).toEqual({ code: 'INPUT.ID_INVALID', field: 'commandId' });
    expect(await commits()).toBe(before);
    // The same commands, clean, go through.
    expect(await send('CreateUnit', unit({}))).toMatchObject({ ok: true });
    expect(await send('RegisterVolunteer', volunteer({}))).toMatchObject({ ok: true });
    expect(await commits()).toBe(before + 2);
  }, 120_000);

  // Round 2: an id field holding a query object or a number used to be walked as an object and
  // pass; invisible direction marks and separators used to pass the text rules.
  it('refuses a query object or a number where an id belongs, and invisible marks in names, storing nothing', async () => {
    const before = await commits();
    expect(errorOf(await send('RegisterVolunteer', volunteer({ volunteerId: id('volunteer-2'), homeUnitId: { $gt: '' } })))).toEqual({
      code: 'INPUT.ID_INVALID',
      field: 'homeUnitId',
    });
    expect(errorOf(await send('RegisterVolunteer', volunteer({ volunteerId: { $gt: '' } })))).toEqual({ code: 'INPUT.ID_INVALID', field: 'volunteerId' });
    expect(errorOf(await send('CreateUnit', unit({ unitId: 5 })))).toEqual({ code: 'INPUT.ID_INVALID', field: 'unitId' });
    expect(errorOf(await send('CreateUnit', unit({ unitId: id('commune-2'), parentId: { $ne: null } })))).toEqual({
      code: 'INPUT.ID_INVALID',
      field: 'parentId',
    });
    for (const name of ['Thử\u200F', 'Thử\u2028x', '\uFEFFThử', 'Th\u200Bử']) {
      expect(errorOf(await send('CreateUnit', unit({ unitId: id('commune-2'), nameVi: name })))).toEqual({
        code: 'INPUT.TEXT_FORBIDDEN_CHARACTER',
        field: 'nameVi',
      });
    }
    expect(await commits()).toBe(before);
  }, 60_000);
});
