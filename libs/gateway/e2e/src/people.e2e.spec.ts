import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { isolatedSuite } from '@tn/shared-testing';
import { errorOf, graphqlClient, type GqlResponse, type Platform, startPlatform, tokenFor, unitInput } from './harness';

// Changes to people after they exist (consents, home units, transfers, terms, roles, passwords),
// through real servers: GraphQL → Kafka → registry → events → read models → GraphQL.
describe('people changes through the GraphQL gateway (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('people e2e');
  const run = randomUUID().slice(0, 6);
  const id = (name: string) => `${run}-${name}`;
  let platform: Platform;

  const admin = tokenFor([{ role: 'system-admin', unitId: null }]);
  const { gql, mutate: mutateWith } = graphqlClient(() => platform.gateway.baseUrl);
  /** A mutation that must succeed; returns its consistency token. */
  const mutate = (query: string, token = admin) => mutateWith(query, { token });

  const idsOf = (result: GqlResponse, field: string) => {
    expect(result.errors).toBeUndefined();
    return (result.data![field].nodes as { id: string }[]).map((node) => node.id);
  };
  const volunteerInput = (volunteerId: string, fullName: string, dateOfBirth: string, consents: string, registeredOn = '2025-03-01') =>
    `{ volunteerId: "${volunteerId}", fullName: "${fullName}", dateOfBirth: "${dateOfBirth}", phone: "0912345678", email: "tn.${run}@example.vn", homeUnitId: "${id('ta-van')}", consents: ${consents}, registeredOn: "${registeredOn}" }`;
  const signIn = (username: string, password: string) =>
    gql(`mutation { signIn(username: "${username}", password: "${password}") { accessToken accountId consistencyToken } }`);

  let lastToken = '';
  beforeAll(async () => {
    platform = await startPlatform(suite);
    // Lào Cai with two communes; Tuyên Quang as "another province".
    for (const [unitId, name, parent] of [
      [id('lao-cai'), 'Tỉnh đoàn Lào Cai', null],
      [id('ta-van'), 'Đoàn xã Tả Van', id('lao-cai')],
      [id('sa-pa'), 'Đoàn phường Sa Pa', id('lao-cai')],
      [id('tuyen-quang'), 'Tỉnh đoàn Tuyên Quang', null],
    ] as const) {
      lastToken = await mutate(`mutation { createUnit(input: ${unitInput(unitId, name, parent)}) { consistencyToken } }`);
    }
    await mutate(
      `mutation { registerCadre(input: { cadreId: "${id('cadre-sai')}", fullName: "Lý A Sài", registeredOn: "2025-01-02", registeringUnitId: "${id('ta-van')}" }) { consistencyToken } }`,
    );
    await mutate(
      `mutation { appointCadre(input: { cadreId: "${id('cadre-sai')}", positionId: "${id('pos-sai')}", unitId: "${id('ta-van')}", title: "Bí thư", dedicatedToVolunteerWork: true, termStart: "2025-01-02" }) { consistencyToken } }`,
    );
    lastToken = await mutate(
      `mutation { registerVolunteer(input: ${volunteerInput(id('vol-hoa'), 'Giàng Thị Hoa', '2001-05-04', '[{ purpose: "registry", givenAt: "2025-02-01T08:00:00Z" }]', '2025-02-01')}) { consistencyToken } }`,
    );
  }, 180_000);

  afterAll(async () => {
    await platform?.stop();
  });

  it('refuses a minor registered without a guardian (in the caller language, storing nothing), and accepts one with a guardian', async () => {
    const minor = (volunteerId: string, consent: string) =>
      `mutation { registerVolunteer(input: ${volunteerInput(volunteerId, 'Thào Thị Mai', '2012-03-01', `[${consent}]`)}) { consistencyToken } }`;
    const refused = await gql(minor(id('vol-mai-refused'), '{ purpose: "registry", givenAt: "2025-03-01T08:00:00Z" }'), { token: admin });
    expect(errorOf(refused)).toEqual({ code: 'VOLUNTEER.GUARDIAN_CONSENT_REQUIRED', field: 'consents.0.guardian' });
    const refusedEn = await gql(minor(id('vol-mai-refused'), '{ purpose: "registry", givenAt: "2025-03-01T08:00:00Z" }'), { token: admin, language: 'en' });
    expect(errorOf(refusedEn)).toEqual({ code: 'VOLUNTEER.GUARDIAN_CONSENT_REQUIRED', field: 'consents.0.guardian' });
    expect(refusedEn.errors![0]!.message).not.toEqual(refused.errors![0]!.message);
    const raw = await mongoose.createConnection(suite.mongoUrl, { dbName: platform.databases.registry }).asPromise();
    try {
      let stored = '';
      for (const { name } of await raw.db!.listCollections().toArray()) stored += JSON.stringify(await raw.collection(name).find({}).toArray());
      expect(stored).toContain(id('vol-hoa'));
      expect(stored).not.toContain(id('vol-mai-refused'));
    } finally {
      await raw.close();
    }

    const token = await mutate(
      minor(id('vol-mai'), '{ purpose: "registry", givenAt: "2025-03-01T08:00:00Z", guardian: { fullName: "Thào A Páo", relationship: "cha" } }'),
    );
    const read = await gql(`{ volunteer(id: "${id('vol-mai')}") { id dateOfBirth consents { purpose byGuardian withdrawnAt } } }`, {
      token: admin,
      consistency: [token],
    });
    expect(read.data!['volunteer']).toEqual({
      id: id('vol-mai'),
      dateOfBirth: '2012-03-01',
      consents: [{ purpose: 'registry', byGuardian: true, withdrawnAt: null }],
    });
    expect((await gql(`{ volunteer(id: "${id('vol-mai-refused')}") { id } }`, { token: admin, consistency: [token] })).data!['volunteer']).toBeNull();
  });

  it('records a consent given and then withdrawn, and updates skills and contact details', async () => {
    const volunteerId = id('vol-hoa');
    await mutate(
      `mutation { giveVolunteerConsent(input: { volunteerId: "${volunteerId}", purpose: "newsletter", givenAt: "2025-03-01T08:00:00Z" }) { consistencyToken } }`,
    );
    const withdrawn = await mutate(
      `mutation { withdrawVolunteerConsent(input: { volunteerId: "${volunteerId}", purpose: "newsletter", withdrawnAt: "2025-04-01T09:30:00Z" }) { consistencyToken } }`,
    );
    const read = await gql(`{ volunteer(id: "${volunteerId}") { consents { purpose withdrawnAt } } }`, { token: admin, consistency: [withdrawn] });
    expect(read.data!['volunteer'].consents).toEqual([
      { purpose: 'registry', withdrawnAt: null },
      { purpose: 'newsletter', withdrawnAt: '2025-04-01T09:30:00Z' },
    ]);
    expect(
      errorOf(
        await gql(`mutation { withdrawVolunteerConsent(input: { volunteerId: "${volunteerId}", purpose: "newsletter", withdrawnAt: "2025-04-02" }) { id } }`, {
          token: admin,
        }),
      ),
    ).toEqual({
      code: 'VOLUNTEER.CONSENT_NOT_GIVEN',
      field: 'purpose',
    });

    await mutate(
      `mutation { updateVolunteerSkills(input: { volunteerId: "${volunteerId}", skills: ["sơ cứu", "bơi"], professions: ["giáo viên"] }) { consistencyToken } }`,
    );
    const contact = await mutate(`mutation { changeVolunteerContact(input: { volunteerId: "${volunteerId}", phone: "0987654321" }) { consistencyToken } }`);
    const after = await gql(`{ volunteer(id: "${volunteerId}") { skills professions phone } }`, { token: admin, consistency: [contact] });
    expect(after.data!['volunteer']).toEqual({ skills: ['sơ cứu', 'bơi'], professions: ['giáo viên'], phone: '0987654321' });
  });

  it("moves a volunteer between units' lists on the date of a home-unit change", async () => {
    const volunteerId = id('vol-hoa');
    const moved = await mutate(
      `mutation { changeVolunteerHomeUnit(input: { volunteerId: "${volunteerId}", homeUnitId: "${id('sa-pa')}", effectiveFrom: "2025-05-01" }) { consistencyToken } }`,
    );
    const listed = async (unit: string, asOf: string) =>
      idsOf(
        await gql(`{ volunteers(unitId: "${id(unit)}", asOf: "${asOf}") { nodes { id } } }`, { token: admin, consistency: [moved, lastToken] }),
        'volunteers',
      );
    expect(await listed('ta-van', '2025-04-30')).toContain(volunteerId);
    expect(await listed('sa-pa', '2025-04-30')).not.toContain(volunteerId);
    expect(await listed('ta-van', '2025-05-01')).not.toContain(volunteerId);
    expect(await listed('sa-pa', '2025-05-01')).toContain(volunteerId);
    expect((await gql(`{ volunteer(id: "${volunteerId}") { homeUnitId } }`, { token: admin })).data!['volunteer']).toEqual({ homeUnitId: id('sa-pa') });
    // Before the last change: refused with the date it would have to follow.
    expect(
      errorOf(
        await gql(
          `mutation { changeVolunteerHomeUnit(input: { volunteerId: "${volunteerId}", homeUnitId: "${id('ta-van')}", effectiveFrom: "2025-04-01" }) { id } }`,
          { token: admin },
        ),
      ),
    ).toEqual({
      code: 'VOLUNTEER.OUT_OF_ORDER',
      field: 'effectiveFrom',
    });
  });

  it("moves a cadre between units' lists on a transfer, and drops them after their term ends", async () => {
    const cadreId = id('cadre-sai');
    const transferred = await mutate(
      `mutation { transferCadre(input: { cadreId: "${cadreId}", positionId: "${id('pos-sai')}", toUnitId: "${id('sa-pa')}", effectiveFrom: "2025-04-01" }) { consistencyToken } }`,
    );
    const listed = async (unit: string, asOf: string, token: string) =>
      idsOf(await gql(`{ cadres(unitId: "${id(unit)}", asOf: "${asOf}") { nodes { id } } }`, { token: admin, consistency: [token, lastToken] }), 'cadres');
    expect(await listed('ta-van', '2025-03-31', transferred)).toEqual([cadreId]);
    expect(await listed('sa-pa', '2025-03-31', transferred)).toEqual([]);
    expect(await listed('ta-van', '2025-04-01', transferred)).toEqual([]);
    expect(await listed('sa-pa', '2025-04-01', transferred)).toEqual([cadreId]);

    const ended = await mutate(
      `mutation { endCadreTerm(input: { cadreId: "${cadreId}", positionId: "${id('pos-sai')}", endedOn: "2025-06-01" }) { consistencyToken } }`,
    );
    expect(await listed('sa-pa', '2025-05-31', ended)).toEqual([cadreId]);
    expect(await listed('sa-pa', '2025-06-01', ended)).toEqual([]);
    expect(
      errorOf(
        await gql(`mutation { endCadreTerm(input: { cadreId: "${cadreId}", positionId: "${id('pos-sai')}", endedOn: "2025-07-01" }) { id } }`, {
          token: admin,
        }),
      ),
    ).toMatchObject({
      code: 'CADRE.POSITION_ENDED',
    });
  });

  it("lists an account in a unit's accounts once granted a role there, and not after it is revoked", async () => {
    const username = `tapsu.${run}`;
    const opened = await gql(
      `mutation { openAccount(input: { username: "${username}", password: "mat-khau-du-dai-2025", kind: "cadre", roles: [{ role: "trainer", unitId: "${id('ta-van')}" }], openedOn: "2025-07-01" }) { id consistencyToken } }`,
      { token: admin },
    );
    expect(opened.errors).toBeUndefined();
    const accountId = opened.data!['openAccount'].id as string;
    const accountsOf = async (unit: string, token: string) =>
      (
        await gql(`{ accounts(unitId: "${id(unit)}") { totalCount nodes { accountId kind personId roles { role unitId } closed username } } }`, {
          token: admin,
          consistency: [token],
        })
      ).data!['accounts'];
    expect((await accountsOf('sa-pa', opened.data!['openAccount'].consistencyToken)).nodes).toEqual([]);

    const granted = await mutate(
      `mutation { grantRole(input: { accountId: "${accountId}", role: "unit-manager", unitId: "${id('sa-pa')}" }) { consistencyToken } }`,
    );
    expect((await accountsOf('sa-pa', granted)).nodes).toEqual([
      {
        accountId,
        kind: 'cadre',
        personId: null,
        roles: [
          { role: 'trainer', unitId: id('ta-van') },
          { role: 'unit-manager', unitId: id('sa-pa') },
        ],
        closed: false,
        username,
      },
    ]);
    // Someone without accounts:read there sees nothing of it.
    const trainer = tokenFor([{ role: 'trainer', unitId: id('lao-cai') }]);
    expect(errorOf(await gql(`{ accounts(unitId: "${id('sa-pa')}") { nodes { username } } }`, { token: trainer }))).toMatchObject({ code: 'FORBIDDEN' });

    const revoked = await mutate(
      `mutation { revokeRole(input: { accountId: "${accountId}", role: "unit-manager", unitId: "${id('sa-pa')}" }) { consistencyToken } }`,
    );
    expect((await accountsOf('sa-pa', revoked)).nodes).toEqual([]);
    const closed = await mutate(`mutation { closeAccount(input: { accountId: "${accountId}", closedOn: "2025-08-01" }) { consistencyToken } }`);
    expect((await accountsOf('ta-van', closed)).nodes).toEqual([expect.objectContaining({ accountId, closed: true })]);
    expect(errorOf(await signIn(username, 'mat-khau-du-dai-2025'))).toMatchObject({ code: 'AUTH.INVALID_CREDENTIALS' });
  });

  it("refuses a unit manager of another province changing this province's volunteer with FORBIDDEN", async () => {
    const other = tokenFor([{ role: 'unit-manager', unitId: id('tuyen-quang') }]);
    const refused = await gql(`mutation { changeVolunteerContact(input: { volunteerId: "${id('vol-hoa')}", email: "ke.gian@example.vn" }) { id } }`, {
      token: other,
    });
    expect(errorOf(refused)).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      errorOf(
        await gql(
          `mutation { transferCadre(input: { cadreId: "${id('cadre-sai')}", positionId: "${id('pos-sai')}", toUnitId: "${id('tuyen-quang')}", effectiveFrom: "2025-05-01" }) { id } }`,
          { token: other },
        ),
      ),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(errorOf(await gql(`mutation { grantRole(input: { accountId: "whoever", role: "system-admin" }) { id } }`, { token: other }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    const read = await gql(`{ volunteer(id: "${id('vol-hoa')}") { email } }`, { token: admin });
    expect(read.data!['volunteer'].email).toBe(`tn.${run}@example.vn`);
  });

  it('lets a user change their own password: their other sessions end, and the new password signs in', async () => {
    const username = `tinhnguyen.${run}`;
    // A volunteer's account: no accounts:write anywhere, which changing one's own password does not need.
    await mutate(
      `mutation { openAccount(input: { username: "${username}", password: "mat-khau-cu-2025", kind: "volunteer", personId: "${id('vol-hoa')}", roles: [{ role: "volunteer", unitId: "${id('sa-pa')}" }], openedOn: "2025-07-01" }) { consistencyToken } }`,
    );
    const first = await signIn(username, 'mat-khau-cu-2025');
    const second = await signIn(username, 'mat-khau-cu-2025');
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    const other = second.data!['signIn'].accessToken as string;
    expect((await gql(`{ me { accountId } }`, { token: other, consistency: [second.data!['signIn'].consistencyToken] })).data!['me']).toEqual({
      accountId: second.data!['signIn'].accountId,
    });

    expect(errorOf(await gql(`mutation { changePassword(input: { newPassword: "ngan" }) { id } }`, { token: first.data!['signIn'].accessToken }))).toEqual({
      code: 'ACCOUNT.PASSWORD_TOO_SHORT',
      field: 'newPassword',
    });
    const changed = await gql(`mutation { changePassword(input: { newPassword: "mat-khau-moi-2025" }) { id consistencyToken } }`, {
      token: first.data!['signIn'].accessToken,
    });
    expect(changed.errors).toBeUndefined();
    expect(changed.data!['changePassword'].id).toBe(first.data!['signIn'].accountId);
    const refused = await gql(`{ me { accountId } }`, { token: other, consistency: [changed.data!['changePassword'].consistencyToken] });
    expect(errorOf(refused)).toMatchObject({ code: 'AUTH.SESSION_ENDED' });

    expect(errorOf(await signIn(username, 'mat-khau-cu-2025'))).toMatchObject({ code: 'AUTH.INVALID_CREDENTIALS' });
    const again = await signIn(username, 'mat-khau-moi-2025');
    expect(again.errors).toBeUndefined();
    expect(
      (await gql(`{ me { accountId kind } }`, { token: again.data!['signIn'].accessToken, consistency: [again.data!['signIn'].consistencyToken] })).data!['me'],
    ).toEqual({
      accountId: first.data!['signIn'].accountId,
      kind: 'volunteer',
    });
    // Another account's password needs accounts:write over its roles' units.
    expect(
      errorOf(
        await gql(`mutation { changePassword(input: { accountId: "${first.data!['signIn'].accountId}", newPassword: "mat-khau-cua-ke-khac" }) { id } }`, {
          token: tokenFor([{ role: 'unit-manager', unitId: id('tuyen-quang') }]),
        }),
      ),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
