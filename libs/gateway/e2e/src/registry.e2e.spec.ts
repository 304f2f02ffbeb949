import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { isolatedSuite } from '@tn/shared-testing';
import { errorOf, graphqlClient, type Platform, startPlatform, tokenFor, unitInput } from './harness';

// The first vertical slice through real servers: GraphQL → Kafka → registry → events → read models → GraphQL.
describe('registry through the GraphQL gateway (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('registry e2e');
  const run = randomUUID().slice(0, 6);
  const id = (name: string) => `${run}-${name}`;
  let platform: Platform;

  const admin = tokenFor([{ role: 'system-admin', unitId: null }]);
  const { gql, mutate: mutateWith } = graphqlClient(() => platform.gateway.baseUrl);
  /** A mutation that must succeed; returns its consistency token. */
  const mutate = (query: string, token = admin) => mutateWith(query, { token });

  let lastToken = '';
  beforeAll(async () => {
    platform = await startPlatform(suite);
    // Lào Cai with two communes that merge on 2025-07-01; Tuyên Quang as "another province".
    for (const [unitId, name, parent] of [
      [id('lao-cai'), 'Tỉnh đoàn Lào Cai', null],
      [id('ta-van'), 'Đoàn xã Tả Van', id('lao-cai')],
      [id('lao-chai'), 'Đoàn xã Lao Chải', id('lao-cai')],
      [id('tuyen-quang'), 'Tỉnh đoàn Tuyên Quang', null],
    ] as const) {
      lastToken = await mutate(`mutation { createUnit(input: ${unitInput(unitId, name, parent)}) { consistencyToken } }`);
    }
    await mutate(
      `mutation { registerCadre(input: { cadreId: "${id('cadre-an')}", fullName: "Lý A Sài", registeredOn: "2025-01-02", registeringUnitId: "${id('lao-chai')}" }) { consistencyToken } }`,
    );
    await mutate(
      `mutation { appointCadre(input: { cadreId: "${id('cadre-an')}", unitId: "${id('lao-chai')}", title: "Bí thư", dedicatedToVolunteerWork: true, termStart: "2025-01-02" }) { consistencyToken } }`,
    );
    await mutate(
      `mutation { registerVolunteer(input: { volunteerId: "${id('vol-hoa')}", fullName: "Giàng Thị Hoa", dateOfBirth: "2001-05-04", phone: "0977123456", email: "hoa@example.vn", homeUnitId: "${id('ta-van')}", skills: ["sơ cứu"], professions: [], consents: [{ purpose: "registry", givenAt: "2025-02-01T08:00:00Z" }], registeredOn: "2025-02-01" }) { consistencyToken } }`,
    );
    lastToken = await mutate(
      `mutation { mergeUnits(input: { sourceUnitIds: ["${id('ta-van')}", "${id('lao-chai')}"], intoNewUnit: { newUnitId: "${id('ta-van-moi')}", nameVi: "Đoàn xã Tả Van", organisation: "union", levelLabel: "Đoàn xã", parentId: "${id('lao-cai')}" }, effectiveFrom: "2025-07-01" }) { consistencyToken } }`,
    );
  }, 180_000);

  afterAll(async () => {
    await platform?.stop();
  });

  it('shows both communes as of 2025-06-30, and today the successor holding their cadres and volunteers', async () => {
    const before = await gql(`{ units(parentId: "${id('lao-cai')}", asOf: "2025-06-30") { nodes { id nameVi } totalCount } }`, {
      token: admin,
      consistency: [lastToken],
    });
    expect(before.errors).toBeUndefined();
    expect(before.data!['units'].nodes.map((u: { id: string }) => u.id).sort()).toEqual([id('lao-chai'), id('ta-van')].sort());
    const now = await gql(`{ units(parentId: "${id('lao-cai')}") { nodes { id nameVi status predecessors { unitId from } } } }`, { token: admin });
    expect(now.data!['units'].nodes).toEqual([
      {
        id: id('ta-van-moi'),
        nameVi: 'Đoàn xã Tả Van',
        status: 'active',
        predecessors: expect.arrayContaining([
          { unitId: id('ta-van'), from: '2025-07-01' },
          { unitId: id('lao-chai'), from: '2025-07-01' },
        ]),
      },
    ]);
    const people = await gql(
      `{ cadres(unitId: "${id('ta-van-moi')}") { nodes { id fullName positions { title } } } volunteers(unitId: "${id('ta-van-moi')}") { nodes { id fullName phone } } }`,
      { token: admin },
    );
    expect(people.data!['cadres'].nodes).toEqual([{ id: id('cadre-an'), fullName: 'Lý A Sài', positions: [{ title: 'Bí thư' }] }]);
    expect(people.data!['volunteers'].nodes).toEqual([{ id: id('vol-hoa'), fullName: 'Giàng Thị Hoa', phone: '0977123456' }]);
    const search = await gql(`{ searchUnits(query: "lao cai") { nodes { id } } }`, { token: admin });
    expect(search.data!['searchUnits'].nodes.map((u: { id: string }) => u.id)).toEqual(expect.arrayContaining([id('lao-cai')]));
  });

  it('refuses a cadre of another province reads and writes here with FORBIDDEN', async () => {
    const other = tokenFor([{ role: 'unit-manager', unitId: id('tuyen-quang') }]);
    expect(errorOf(await gql(`{ unit(id: "${id('lao-cai')}") { id } }`, { token: other }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await gql(`{ volunteers(unitId: "${id('ta-van-moi')}") { nodes { id } } }`, { token: other }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      errorOf(await gql(`mutation { createUnit(input: ${unitInput(id('intruder'), 'Đoàn xã Lạ', id('lao-cai'))}) { id } }`, { token: other })),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorOf(await gql(`{ unit(id: "${id('tuyen-quang')}") { id } }`, { token: other }))).toEqual({ code: undefined, field: undefined });
    // Nor can they open an account linked to a person here (it would read that person as "self").
    const linked = await gql(
      `mutation { openAccount(input: { username: "lien-ket-${run}", password: "mat-khau-du-dai-2025", kind: "volunteer", personId: "${id('vol-hoa')}", roles: [], openedOn: "2025-07-01" }) { id } }`,
      { token: other },
    );
    expect(errorOf(linked)).toMatchObject({ code: 'FORBIDDEN' });
    // Without a token at all.
    expect(errorOf(await gql(`{ unit(id: "${id('lao-cai')}") { id } }`))).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('answers invalid input with its code and field, in the caller language, and writes nothing', async () => {
    const countUnits = async () =>
      (await gql(`{ units(parentId: "${id('lao-cai')}", asOf: "2025-01-01") { totalCount } }`, { token: admin })).data!['units'].totalCount;
    const before = await countUnits();
    const empty = await gql(`mutation { createUnit(input: ${unitInput(id('x1'), '', id('lao-cai'))}) { id } }`, { token: admin, language: 'en' });
    expect(errorOf(empty)).toEqual({ code: 'UNIT.NAME_REQUIRED', field: 'nameVi' });
    const emptyVi = await gql(`mutation { createUnit(input: ${unitInput(id('x1'), '', id('lao-cai'))}) { id } }`, { token: admin, language: 'vi' });
    expect(emptyVi.errors![0]!.message).not.toEqual(empty.errors![0]!.message);
    expect(
      errorOf(
        await gql(`mutation { moveUnit(input: { unitId: "${id('lao-cai')}", newParentId: "${id('ta-van-moi')}", effectiveFrom: "2025-08-01" }) { id } }`, {
          token: admin,
        }),
      ),
    ).toEqual({
      code: 'UNIT.CYCLE',
      field: 'parentId',
    });
    await mutate(`mutation { createUnit(input: ${unitInput(id('doomed'), 'Đoàn xã Sắp Giải Thể', id('lao-cai'))}) { consistencyToken } }`);
    await mutate(`mutation { dissolveUnit(input: { unitId: "${id('doomed')}", effectiveFrom: "2025-03-01" }) { consistencyToken } }`);
    expect(
      errorOf(
        await gql(
          `mutation { mergeUnits(input: { sourceUnitIds: ["${id('ta-van-moi')}"], intoExistingUnitId: "${id('doomed')}", effectiveFrom: "2025-09-01" }) { id } }`,
          { token: admin },
        ),
      ),
    ).toMatchObject({
      code: 'UNIT.SUCCESSOR_NOT_ACTIVE',
    });
    expect(
      errorOf(await gql(`mutation { createUnit(input: ${unitInput(id('x2'), 'Đoàn xã Hai', id('lao-cai'), '2025-13-40')}) { id } }`, { token: admin })),
    ).toEqual({
      code: 'DATE.INVALID',
      field: 'effectiveFrom',
    });
    // The doomed unit was created on 2025-01-01 and counts; the refused ones do not.
    expect(await countUnits()).toBe(before + 1);
    const raw = await mongoose.createConnection(suite.mongoUrl, { dbName: platform.databases.registry }).asPromise();
    try {
      let stored = '';
      for (const { name } of await raw.db!.listCollections().toArray()) stored += JSON.stringify(await raw.collection(name).find({}).toArray());
      expect(stored).toContain(id('doomed')); // the check reads where commits are kept
      expect(stored).not.toContain(id('x1'));
      expect(stored).not.toContain(id('x2'));
    } finally {
      await raw.close();
    }
  });

  it('exports everything held about a volunteer to a subject-access request', async () => {
    const exported = await gql(`{ volunteerDataExport(id: "${id('vol-hoa')}") }`, { token: admin });
    expect(exported.errors).toBeUndefined();
    const document = JSON.parse(exported.data!['volunteerDataExport']) as { streams: { events: { type: string; data: Record<string, unknown> }[] }[] };
    const events = document.streams.flatMap((stream) => stream.events);
    expect(events.map((e) => e.type)).toEqual(['VolunteerRegistered', 'VolunteerConsentGiven']);
    expect(events[0]!.data).toMatchObject({ fullName: 'Giàng Thị Hoa', phone: '0977123456', homeUnitId: id('ta-van') });
    const analyst = tokenFor([{ role: 'analyst', unitId: id('lao-cai') }]);
    expect(errorOf(await gql(`{ volunteerDataExport(id: "${id('vol-hoa')}") }`, { token: analyst }))).toMatchObject({ code: 'FORBIDDEN' });
    // Analysts see the volunteer, not who it is.
    const seen = await gql(`{ volunteer(id: "${id('vol-hoa')}") { id fullName phone skills } }`, { token: analyst });
    expect(seen.data!['volunteer']).toEqual({ id: id('vol-hoa'), fullName: null, phone: null, skills: ['sơ cứu'] });
  });

  it('lets rights follow a merged unit to its successor, and never climbs to a parent outside them', async () => {
    const successorManager = tokenFor([{ role: 'unit-manager', unitId: id('ta-van-moi') }]);
    // vol-hoa is still homed in the merged commune: its people now belong to the successor.
    const seen = await gql(`{ volunteer(id: "${id('vol-hoa')}") { id fullName } }`, { token: successorManager });
    expect(seen.errors).toBeUndefined();
    expect(seen.data!['volunteer']).toEqual({ id: id('vol-hoa'), fullName: 'Giàng Thị Hoa' });
    const climbing = await gql(`{ unit(id: "${id('ta-van-moi')}") { id parent { id children { totalCount } } } }`, { token: successorManager });
    expect(climbing.errors).toBeUndefined();
    expect(climbing.data!['unit']).toEqual({ id: id('ta-van-moi'), parent: null });
  });

  it('limits password guesses per username and client', async () => {
    const codes: (string | undefined)[] = [];
    for (let guess = 0; guess < 6; guess++) {
      codes.push(errorOf(await gql(`mutation { signIn(username: "Nobody-${run}", password: "guess-number-${guess}") { accessToken } }`)).code);
    }
    // Five free failures, then a wait that doubles (probe-auth.e2e.spec.ts has the rest).
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('AUTH.INVALID_CREDENTIALS'));
    expect(codes[5]).toBe('AUTH.SIGN_IN_THROTTLED');
  });

  it('refuses queries that are too deep or pages that are too large, with their codes', async () => {
    const deep = `{ unit(id: "${id('ta-van-moi')}") { ${'parent { '.repeat(10)}id${' }'.repeat(10)} } }`;
    expect(errorOf(await gql(deep, { token: admin }))).toMatchObject({ code: 'QUERY_TOO_DEEP' });
    expect(errorOf(await gql(`{ units(parentId: "${id('lao-cai')}", first: 500) { totalCount } }`, { token: admin }))).toMatchObject({
      code: 'PAGE_SIZE_TOO_LARGE',
      field: 'first',
    });
    const paged = await gql(`{ units(parentId: "${id('lao-cai')}", asOf: "2025-06-30", first: 1) { nodes { id } pageInfo { hasNextPage endCursor } } }`, {
      token: admin,
    });
    const { endCursor, hasNextPage } = paged.data!['units'].pageInfo;
    expect(hasNextPage).toBe(true);
    const next = await gql(`{ units(parentId: "${id('lao-cai')}", asOf: "2025-06-30", first: 1, after: "${endCursor}") { nodes { id } } }`, { token: admin });
    expect([paged.data!['units'].nodes[0].id, next.data!['units'].nodes[0].id].sort()).toEqual(expect.arrayContaining([id('lao-chai'), id('ta-van')]));
  });

  it('erases a volunteer: gone from API answers and from every raw document', async () => {
    const erased = await gql(`mutation { eraseVolunteerPersonalData(id: "${id('vol-hoa')}") { consistencyToken } }`, { token: admin });
    expect(erased.errors).toBeUndefined();
    const token = erased.data!['eraseVolunteerPersonalData'].consistencyToken;
    const after = await gql(`{ volunteer(id: "${id('vol-hoa')}") { id erased fullName phone email dateOfBirth homeUnitId } }`, {
      token: admin,
      consistency: [token],
    });
    expect(after.data!['volunteer']).toEqual({
      id: id('vol-hoa'),
      erased: true,
      fullName: null,
      phone: null,
      email: null,
      dateOfBirth: null,
      homeUnitId: id('ta-van'),
    });
    for (const db of [platform.databases.registry, platform.databases.gateway]) {
      const raw = await mongoose.createConnection(suite.mongoUrl, { dbName: db }).asPromise();
      try {
        for (const { name } of await raw.db!.listCollections().toArray()) {
          const text = JSON.stringify(await raw.collection(name).find({}).toArray());
          expect([db, name, text.includes('Giàng Thị Hoa') || text.includes('0977123456') || text.includes('hoa@example.vn')]).toEqual([db, name, false]);
        }
      } finally {
        await raw.close();
      }
    }
  });

  it('lets a user read their own write with the consistency token, every time', async () => {
    for (let i = 0; i < 5; i++) {
      const unitId = id(`ryw-${i}`);
      const token = await mutate(`mutation { createUnit(input: ${unitInput(unitId, `Chi đoàn ${i}`, id('tuyen-quang'), '2025-02-01')}) { consistencyToken } }`);
      const read = await gql(`{ unit(id: "${unitId}") { id nameVi } }`, { token: admin, consistency: [token] });
      expect(read.data!['unit']).toEqual({ id: unitId, nameVi: `Chi đoàn ${i}` });
    }
  });

  it('signs in with an account, and a signed-out session is refused', async () => {
    const opened = await gql(
      `mutation { openAccount(input: { username: "canbo.${run}", password: "mat-khau-du-dai-2025", kind: "cadre", roles: [{ role: "unit-manager", unitId: "${id('lao-cai')}" }], openedOn: "2025-07-01" }) { consistencyToken } }`,
      { token: admin },
    );
    expect(opened.errors).toBeUndefined();
    expect(errorOf(await gql(`mutation { signIn(username: "canbo.${run}", password: "wrong-password-123") { accessToken } }`))).toMatchObject({
      code: 'AUTH.INVALID_CREDENTIALS',
    });
    const signedIn = await gql(`mutation { signIn(username: "canbo.${run}", password: "mat-khau-du-dai-2025") { accessToken consistencyToken } }`);
    expect(signedIn.errors).toBeUndefined();
    const { accessToken } = signedIn.data!['signIn'];
    expect((await gql(`{ me { grants { role unitId } } }`, { token: accessToken })).data!['me'].grants).toEqual([
      { role: 'unit-manager', unitId: id('lao-cai') },
    ]);
    expect((await gql(`{ unit(id: "${id('ta-van-moi')}") { id } }`, { token: accessToken })).data!['unit']).toEqual({ id: id('ta-van-moi') });
    const out = await gql(`mutation { signOut { consistencyToken } }`, { token: accessToken });
    expect(out.errors).toBeUndefined();
    const refused = await gql(`{ me { accountId } }`, { token: accessToken, consistency: [out.data!['signOut'].consistencyToken] });
    expect(errorOf(refused)).toMatchObject({ code: 'AUTH.SESSION_ENDED' });

    // A revoked role stops working at once, whatever the still-valid token lists.
    const again = await gql(`mutation { signIn(username: "canbo.${run}", password: "mat-khau-du-dai-2025") { accessToken accountId } }`);
    const { accessToken: second, accountId } = again.data!['signIn'];
    const revoked = await gql(
      `mutation { revokeRole(input: { accountId: "${accountId}", role: "unit-manager", unitId: "${id('lao-cai')}" }) { consistencyToken } }`,
      { token: admin },
    );
    expect(revoked.errors).toBeUndefined();
    const after = await gql(`{ unit(id: "${id('ta-van-moi')}") { id } }`, { token: second, consistency: [revoked.data!['revokeRole'].consistencyToken] });
    expect(['FORBIDDEN', 'AUTH.SESSION_ENDED']).toContain(errorOf(after).code);
  });
  it('imports a subtree of 300 units in one command, readable at once, and refuses a foreign parent or a bad list whole', async () => {
    // A district with 30 communes of 9 branches each, under Lào Cai; every unit after its parent.
    const district = id('bat-xat');
    const units = [`{ unitId: "${district}", nameVi: "Huyện đoàn Bát Xát", organisation: "union", levelLabel: "Huyện đoàn" }`];
    for (let commune = 0; commune < 30; commune++) {
      const communeId = id(`bx-xa-${commune}`);
      units.push(`{ unitId: "${communeId}", parentId: "${district}", nameVi: "Đoàn xã Bát Xát ${commune}", organisation: "union", levelLabel: "Đoàn xã" }`);
      for (let branch = 0; branch < 9; branch++) {
        units.push(
          `{ unitId: "${id(`bx-${commune}-cd-${branch}`)}", parentId: "${communeId}", nameVi: "Chi đoàn thôn ${branch}", organisation: "union", levelLabel: "Chi đoàn" }`,
        );
      }
    }
    expect(units).toHaveLength(301);
    const importInput = (parentId: string, list: string[]) => `{ parentId: "${parentId}", effectiveFrom: "2025-09-01", units: [${list.join(', ')}] }`;
    const tuyenQuangManager = tokenFor([{ role: 'unit-manager', unitId: id('tuyen-quang') }]);
    // Another province's manager may not hang units under Lào Cai, nor learn whether it exists.
    expect(errorOf(await gql(`mutation { importUnits(input: ${importInput(id('lao-cai'), units)}) { id } }`, { token: tuyenQuangManager }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(errorOf(await gql(`mutation { importUnits(input: ${importInput(id('nowhere'), units)}) { id } }`, { token: tuyenQuangManager }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    // A unit listed before its parent: the whole import is refused, naming the unit.
    const misordered = [units[2]!, ...units.slice(0, 2)];
    expect(errorOf(await gql(`mutation { importUnits(input: ${importInput(id('lao-cai'), misordered)}) { id } }`, { token: admin }))).toEqual({
      code: 'UNIT.IMPORT_PARENT_NOT_LISTED',
      field: 'units.0.parentId',
    });
    const token = await mutate(`mutation { importUnits(input: ${importInput(id('lao-cai'), units)}) { consistencyToken } }`);
    const tree = await gql(
      `{ units(parentId: "${district}", asOf: "2025-09-01", first: 100) { totalCount nodes { id children { totalCount } } } before: units(parentId: "${district}", asOf: "2025-08-31") { totalCount } }`,
      { token: admin, consistency: [token] },
    );
    expect(tree.errors).toBeUndefined();
    expect(tree.data!['units'].totalCount).toBe(30);
    expect(tree.data!['units'].nodes.every((commune: { children: { totalCount: number } }) => commune.children.totalCount === 9)).toBe(true);
    expect(tree.data!['before'].totalCount).toBe(0);
    // Again with the same ids: refused whole, nothing doubled.
    expect(errorOf(await gql(`mutation { importUnits(input: ${importInput(id('lao-cai'), units)}) { id } }`, { token: admin }))).toMatchObject({
      code: 'UNIT.ALREADY_EXISTS',
    });
    const again = await gql(`{ units(parentId: "${district}", first: 100) { totalCount } }`, { token: admin });
    expect(again.data!['units'].totalCount).toBe(30);
  });
});
