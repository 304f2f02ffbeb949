import { randomUUID } from 'node:crypto';
import type { CommandReply, EventEnvelope } from '@tn/shared-event-contracts';
import { CommandClient } from '@tn/shared-event-sourcing-nest';
import { type Grant, sealSecret, signAccessToken } from '@tn/shared-auth';
import { isolatedSuite, type RunningService, startServiceUnderTest, TEST_AUTH_TOKEN_SECRET, waitUntilReady } from '@tn/shared-testing';
import { REGISTRY_CONTEXT, type RegistryReply, registryRequestsTopicOf } from '@tn/registry-contracts';
import { registryService } from './app.module';

/** An access token and the account it speaks for (the command's actor must be the token's holder). */
interface Caller {
  sub: string;
  token: string;
}

// The registry's own authorisation through its real entry points (commands and requests over
// Kafka): accounts linked to people, units handed on by a merger, and sessions and roles that
// end before the access token expires.
describe('registry authorisation (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('registry authorisation');
  const secret = Buffer.from(TEST_AUTH_TOKEN_SECRET, 'base64');
  const prefix = randomUUID().slice(0, 8);
  const context = `${suite.topicPrefix}${REGISTRY_CONTEXT}`;
  const requestsTopic = registryRequestsTopicOf(context);
  const id = (name: string) => `${prefix}-${name}`;
  const flags = { ethnicMinority: false, mountainous: true, border: false, island: false };
  let registry: RunningService;
  let client: CommandClient;

  /** A platform-issued token for an account the registry does not hold: its grants are taken as they are. */
  const platformCaller = (grants: Grant[], kind: 'cadre' | 'service' = 'cadre'): Caller => {
    const sub = `tester-${randomUUID()}`;
    return { sub, token: signAccessToken({ sub, sid: randomUUID(), kind, grants }, secret, new Date(), 600) };
  };
  const admin = platformCaller([{ role: 'system-admin', unitId: null }]);
  const managerOf = (unit: string) => platformCaller([{ role: 'unit-manager', unitId: id(unit) }]);

  const send = (caller: Caller, type: string, payload: Record<string, unknown>): Promise<CommandReply> =>
    client.send(context, { type, payload, actor: { kind: 'account', id: caller.sub }, credentials: caller.token });
  // Requests go sealed whole, and results come back sealed for them (never in clear on Kafka): CommandClient.request.
  const request = <Result>(body: Record<string, unknown>): Promise<RegistryReply<Result>> => client.request<Result>(requestsTopic, body);
  async function expectOk(reply: Promise<CommandReply>): Promise<CommandReply> {
    const settled = await reply;
    expect(settled).toMatchObject({ ok: true });
    return settled;
  }
  const codeOf = async (reply: Promise<CommandReply | RegistryReply>) => {
    const settled = await reply;
    return settled.ok ? 'ok' : settled.error.code;
  };

  const createUnit = (name: string, parent: string | null) =>
    expectOk(
      send(admin, 'CreateUnit', {
        unitId: id(name),
        nameVi: `Đoàn ${name}`,
        organisation: 'union',
        levelLabel: parent ? 'Đoàn xã' : 'Tỉnh đoàn',
        parentId: parent ? id(parent) : null,
        flags,
        effectiveFrom: '2025-01-01',
      }),
    );
  const registerVolunteer = (name: string, homeUnit: string) =>
    expectOk(
      send(admin, 'RegisterVolunteer', {
        volunteerId: id(name),
        fullName: `Tình nguyện viên ${name}`,
        dateOfBirth: '2000-01-01',
        phone: '0912345678',
        email: `${name}.${prefix}@example.vn`,
        homeUnitId: id(homeUnit),
        consents: [{ purpose: 'registry', givenAt: '2025-02-01T08:00:00Z' }],
        registeredOn: '2025-02-01',
      }),
    );
  const changeContact = (caller: Caller, volunteer: string) =>
    send(caller, 'ChangeVolunteerContact', { volunteerId: id(volunteer), email: `moi.${prefix}@example.vn` });
  const exportSubject = (caller: Caller, volunteer: string) => request({ op: 'exportSubject', credentials: caller.token, subjectId: id(volunteer) });

  async function signIn(username: string, password: string): Promise<Caller> {
    const reply = await request<{ accessToken: string; accountId: string }>({ op: 'signIn', username, sealedPassword: sealSecret(secret, password) });
    if (!reply.ok) throw new Error(`sign-in failed: ${reply.error.code}`);
    return { sub: reply.result.accountId, token: reply.result.accessToken };
  }
  const openAccount = (caller: Caller, username: string, extra: Record<string, unknown>) =>
    send(caller, 'OpenAccount', { username, password: 'mat-khau-du-dai-2025', kind: 'cadre', roles: [], openedOn: '2025-07-01', ...extra });

  beforeAll(async () => {
    registry = await startServiceUnderTest(registryService, { MONGO_DATABASE: suite.databaseName, KAFKA_TOPIC_PREFIX: suite.topicPrefix });
    await waitUntilReady(registry.baseUrl);
    client = new CommandClient([context], {
      clientId: 'registry-authorisation-test',
      brokers: suite.kafkaBrokers,
      sealingSecret: Buffer.from(TEST_AUTH_TOKEN_SECRET, 'base64'),
      replyGroupId: `${suite.topicPrefix}auth-replies`,
      requestTopics: [requestsTopic],
    });
    await client.connect();
    // Provinces A and B, each with communes; one volunteer in each of a1 and b1.
    for (const [unit, parent] of [
      ['a', null],
      ['b', null],
      ['a1', 'a'],
      ['a2', 'a'],
      ['b1', 'b'],
    ] as const) {
      await createUnit(unit, parent);
    }
    await registerVolunteer('vol-a1', 'a1');
    await registerVolunteer('vol-b1', 'b1');
  }, 120_000);
  afterAll(async () => {
    await client?.close();
    await registry?.stop();
    await suite.cleanUp();
  });

  describe('accounts linked to a person', () => {
    it("refuses a unit manager elsewhere an account linked to another province's volunteer, so nobody can sign in as them", async () => {
      const managerOfB = managerOf('b');
      const username = `mao.danh.${prefix}`;
      const linked = { kind: 'volunteer', personId: id('vol-a1') };
      expect(await codeOf(openAccount(managerOfB, username, { ...linked, roles: [{ role: 'volunteer', unitId: id('b1') }] }))).toBe('FORBIDDEN');
      expect(await codeOf(openAccount(managerOfB, username, linked))).toBe('FORBIDDEN');
      // No roles and no person: a system administrator's call.
      expect(await codeOf(openAccount(managerOfB, username, {}))).toBe('FORBIDDEN');
      // A person the registry does not hold.
      expect(
        await codeOf(openAccount(managerOfB, username, { kind: 'volunteer', personId: id('nobody'), roles: [{ role: 'volunteer', unitId: id('b1') }] })),
      ).toBe('FORBIDDEN');
      const signedIn = await request({ op: 'signIn', username, sealedPassword: sealSecret(secret, 'mat-khau-du-dai-2025') });
      expect(signedIn).toMatchObject({ ok: false, error: { code: 'AUTH.INVALID_CREDENTIALS' } });
    });

    it("lets the manager of the person's unit link the account; the person then reads only their own data", async () => {
      const username = `hoa.${prefix}`;
      await expectOk(openAccount(managerOf('a'), username, { kind: 'volunteer', personId: id('vol-a1') }));
      const self = await signIn(username, 'mat-khau-du-dai-2025');
      expect(await exportSubject(self, 'vol-a1')).toMatchObject({ ok: true, result: { subjectId: id('vol-a1') } });
      expect(await codeOf(exportSubject(self, 'vol-b1'))).toBe('FORBIDDEN');
      // A volunteer account for a person of the other kind is named as such to an administrator.
      expect(await codeOf(openAccount(admin, `nham.${prefix}`, { kind: 'cadre', personId: id('vol-a1') }))).toBe('ACCOUNT.PERSON_KIND_MISMATCH');
    });
  });

  describe('units merged away', () => {
    it("hands a merged commune's volunteers to the successor's province, and takes them from the old one", async () => {
      await createUnit('p', null);
      await createUnit('q', null);
      await createUnit('p1', 'p');
      await createUnit('p2', 'p');
      await registerVolunteer('vol-p1', 'p1');
      const [managerOfP, managerOfQ] = [managerOf('p'), managerOf('q')];
      await expectOk(
        send(admin, 'MergeUnits', {
          sourceUnitIds: [id('p1'), id('p2')],
          successor: { newUnitId: id('p-new'), nameVi: 'Đoàn xã mới', organisation: 'union', levelLabel: 'Đoàn xã', parentId: id('p'), flags },
          effectiveFrom: '2025-07-01',
        }),
      );
      expect(await codeOf(changeContact(managerOfP, 'vol-p1'))).toBe('ok');
      expect(await codeOf(changeContact(managerOfQ, 'vol-p1'))).toBe('FORBIDDEN');

      await expectOk(send(admin, 'MoveUnit', { unitId: id('p-new'), newParentId: id('q'), effectiveFrom: '2025-08-01' }));
      expect(await codeOf(changeContact(managerOfQ, 'vol-p1'))).toBe('ok');
      expect(await codeOf(changeContact(managerOfP, 'vol-p1'))).toBe('FORBIDDEN');
      expect(await codeOf(exportSubject(managerOfQ, 'vol-p1'))).toBe('ok');
      expect(await codeOf(exportSubject(managerOfP, 'vol-p1'))).toBe('FORBIDDEN');
    });
  });

  describe('sessions and roles', () => {
    it("acts with the account's current roles; a revoked role, a sign-out and a closed account stop the token at once", async () => {
      const username = `quan.ly.${prefix}`;
      const password = 'mat-khau-quan-ly-2025';
      await expectOk(
        send(admin, 'OpenAccount', { username, password, kind: 'cadre', roles: [{ role: 'unit-manager', unitId: id('a') }], openedOn: '2025-07-01' }),
      );
      const first = await signIn(username, password);
      expect(await codeOf(changeContact(first, 'vol-a1'))).toBe('ok');
      expect(await codeOf(changeContact(first, 'vol-b1'))).toBe('FORBIDDEN');

      // A role granted after sign-in counts at once, though the token does not carry it.
      await expectOk(send(admin, 'GrantRole', { accountId: first.sub, role: 'unit-manager', unitId: id('b') }));
      expect(await codeOf(changeContact(first, 'vol-b1'))).toBe('ok');

      // Revoking a role ends the sessions: the old token (which still lists the role) is refused.
      const revoked = await expectOk(send(admin, 'RevokeRole', { accountId: first.sub, role: 'unit-manager', unitId: id('a') }));
      expect(revoked).toMatchObject({ eventTypes: ['RoleRevoked', 'SessionEnded'] });
      expect(await codeOf(changeContact(first, 'vol-a1'))).toBe('AUTH.SESSION_ENDED');
      expect(await codeOf(exportSubject(first, 'vol-a1'))).toBe('AUTH.SESSION_ENDED');

      // Signed in again, the account has only B.
      const second = await signIn(username, password);
      expect(await codeOf(changeContact(second, 'vol-a1'))).toBe('FORBIDDEN');
      expect(await codeOf(changeContact(second, 'vol-b1'))).toBe('ok');
      expect(await codeOf(exportSubject(second, 'vol-b1'))).toBe('ok');
      expect(await request({ op: 'signOut', credentials: second.token })).toMatchObject({ ok: true });
      expect(await codeOf(changeContact(second, 'vol-b1'))).toBe('AUTH.SESSION_ENDED');
      expect(await codeOf(exportSubject(second, 'vol-b1'))).toBe('AUTH.SESSION_ENDED');

      const third = await signIn(username, password);
      await expectOk(send(admin, 'CloseAccount', { accountId: third.sub, closedOn: '2025-09-01' }));
      expect(await codeOf(changeContact(third, 'vol-b1'))).toBe('AUTH.SESSION_ENDED');
      expect(await codeOf(request({ op: 'eraseSubject', credentials: third.token, subjectId: id('vol-b1') }))).toBe('AUTH.SESSION_ENDED');
    });
  });

  describe('reveal', () => {
    it('answers an event whose personal data cannot be decrypted with a marker in its slot', async () => {
      const service = platformCaller([], 'service');
      const base = {
        schemaVersion: 1,
        streamType: 'volunteer',
        streamVersion: 1,
        position: 1,
        occurredAt: '2025-02-01T08:00:00Z',
        recordedAt: '2025-02-01T08:00:00Z',
      };
      const envelope = (eventId: string, type: string, data: Record<string, unknown>) =>
        ({
          ...base,
          eventId,
          type,
          streamId: `volunteer-${id('vol-a1')}`,
          actor: { kind: 'account', id: 'x' },
          correlationId: 'k',
          causationId: 'k',
          data,
        }) as EventEnvelope;
      const damaged = envelope('e-damaged', 'VolunteerContactChanged', {
        volunteerId: id('vol-a1'),
        email: { __pd: `v1.${Buffer.alloc(40, 1).toString('base64')}` },
      });
      const plain = envelope('e-plain', 'VolunteerSkillsUpdated', { volunteerId: id('vol-a1'), skills: ['first-aid'], professions: [] });
      const reply = await request<unknown[]>({ op: 'reveal', credentials: service.token, envelopes: [damaged, plain] });
      expect(reply).toEqual({
        ok: true,
        result: [{ __unreadable: true, eventId: 'e-damaged', reason: 'PD.UNREADABLE' }, expect.objectContaining({ eventId: 'e-plain', data: plain.data })],
      });
    });
  });
});
