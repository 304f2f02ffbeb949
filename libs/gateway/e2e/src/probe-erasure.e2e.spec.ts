import { randomInt, randomUUID } from 'node:crypto';
import { isolatedSuite } from '@tn/shared-testing';
import { errorOf, graphqlClient, type Platform, startPlatform, tokenFor, unitInput } from './harness';
import { localDataDirectories, filesContaining } from './probe-erasure.data-files';

// Issue 10, items 5 and 6: erasure leaves nothing readable behind (accounts, Kafka's logs, the
// data files, write-ahead files included), and a subject export follows the field rights of reads.
describe('erasure and subject export (probe): personal data at rest and in transit', () => {
  const suite = isolatedSuite('probe erasure e2e');
  const run = randomUUID().slice(0, 6);
  const id = (name: string) => `${run}-${name}`;
  let platform: Platform;

  const admin = tokenFor([{ role: 'system-admin', unitId: null }]);
  const { gql, mutate: mutateWith } = graphqlClient(() => platform.gateway.baseUrl);
  const mutate = (query: string, token = admin) => mutateWith(query, { token });

  /** Letters only (names refuse digits and symbols), long enough to be unique on the disk. */
  const letters = (n: number) => Array.from({ length: n }, () => 'bcdfghjklmnpqrstvxz'[randomInt(19)]).join('');
  const digits = (n: number) => Array.from({ length: n }, () => String(randomInt(10))).join('');
  const day = (n: number) => String(n).padStart(2, '0');
  const person = () => {
    const nameMark = `Xq${letters(12)}`;
    const emailMark = `mk${letters(12)}`;
    return {
      nameMark,
      emailMark,
      fullName: `Giàng Thị ${nameMark}`,
      dateOfBirth: `19${60 + randomInt(10)}-${day(1 + randomInt(12))}-${day(1 + randomInt(28))}`,
      phone: `09${digits(8)}`,
      email: `${emailMark}@example.vn`,
      nationalId: `0${digits(11)}`,
    };
  };
  const register = (volunteerId: string, p: ReturnType<typeof person>) =>
    mutate(
      `mutation { registerVolunteer(input: { volunteerId: "${volunteerId}", fullName: "${p.fullName}", dateOfBirth: "${p.dateOfBirth}", phone: "${p.phone}", email: "${p.email}", nationalId: "${p.nationalId}", homeUnitId: "${id('ta-van')}", consents: [{ purpose: "registry", givenAt: "2025-02-01T08:00:00Z" }], registeredOn: "2025-02-01" }) { consistencyToken } }`,
    );
  const exportOf = async (volunteerId: string, token: string) => {
    const result = await gql(`{ volunteerDataExport(id: "${volunteerId}") }`, { token });
    expect(result.errors).toBeUndefined();
    const document = JSON.parse(result.data!['volunteerDataExport']) as { streams: { events: { type: string; data: Record<string, unknown> }[] }[] };
    return document.streams.flatMap((stream) => stream.events).find((event) => event.type === 'VolunteerRegistered')!.data;
  };

  beforeAll(async () => {
    platform = await startPlatform(suite);
    await mutate(`mutation { createUnit(input: ${unitInput(id('lao-cai'), 'Tỉnh đoàn Lào Cai', null)}) { consistencyToken } }`);
    await mutate(`mutation { createUnit(input: ${unitInput(id('ta-van'), 'Đoàn xã Tả Van', id('lao-cai'))}) { consistencyToken } }`);
  }, 180_000);

  afterAll(async () => {
    await platform?.stop();
  });

  it("gives a group leader the contact fields, a unit manager the record's shown fields, and the person everything", async () => {
    const p = person();
    const volunteerId = id('vol-export');
    const registered = await register(volunteerId, p);
    const groupLeader = tokenFor([{ role: 'group-leader', unitId: id('ta-van') }]);
    const manager = tokenFor([{ role: 'unit-manager', unitId: id('lao-cai') }]);
    const self = tokenFor([], { kind: 'volunteer', personId: volunteerId });
    // Wait until the gateway knows the volunteer (the export itself reads the registry).
    await gql(`{ volunteer(id: "${volunteerId}") { id } }`, { token: admin, consistency: [registered] });

    const byLeader = await exportOf(volunteerId, groupLeader);
    expect(byLeader).toMatchObject({ fullName: p.fullName, phone: p.phone, email: p.email });
    expect(byLeader).not.toHaveProperty('dateOfBirth');
    expect(byLeader).not.toHaveProperty('nationalId');
    // The same rights as reads: the group leader's read shows no birth date either.
    const read = await gql(`{ volunteer(id: "${volunteerId}") { fullName phone dateOfBirth } }`, { token: groupLeader });
    expect(read.data!['volunteer']).toEqual({ fullName: p.fullName, phone: p.phone, dateOfBirth: null });

    const byManager = await exportOf(volunteerId, manager);
    expect(byManager).toMatchObject({ fullName: p.fullName, dateOfBirth: p.dateOfBirth, phone: p.phone, email: p.email });
    expect(byManager).not.toHaveProperty('nationalId'); // no field of the API shows it

    expect(await exportOf(volunteerId, self)).toMatchObject({ fullName: p.fullName, dateOfBirth: p.dateOfBirth, nationalId: p.nationalId });
  });

  // It ends by reading every data file of FerretDB and every Kafka log segment on the machine: in CI
  // the whole suite's data, which grows with every suite added (it ran past 120 s once the reporting suites came).
  it('erases a person: their account is unlisted and refused, and no data file or Kafka log segment holds their data', async () => {
    const p = person();
    const volunteerId = id('vol-erased');
    await register(volunteerId, p);
    const username = `tk.${letters(10)}`;
    const password = 'mat-khau-du-dai-2025';
    const opened = await mutate(
      `mutation { openAccount(input: { username: "${username}", password: "${password}", kind: "volunteer", personId: "${volunteerId}", roles: [{ role: "group-leader", unitId: "${id('ta-van')}" }], openedOn: "2025-07-01" }) { consistencyToken } }`,
    );
    const listed = async (consistency: string[] = []) => {
      const result = await gql(`{ accounts(unitId: "${id('ta-van')}") { nodes { username personId closed } } }`, { token: admin, consistency });
      expect(result.errors).toBeUndefined();
      return (result.data!['accounts'].nodes as { username: string | null; personId: string | null; closed: boolean }[]).filter(
        (node) => node.personId === volunteerId,
      );
    };
    expect(await listed([opened])).toEqual([{ username, personId: volunteerId, closed: false }]);
    const signIn = () => gql(`mutation { signIn(username: "${username}", password: "${password}") { accessToken refreshToken } }`);
    const session = await signIn();
    expect(session.errors).toBeUndefined();
    // Registry requests (the username at sign-in, the refresh token) and the access token each
    // command carries are sealed on Kafka: a refresh token lasts days, so reading the log would be a session takeover.
    const { accessToken, refreshToken } = session.data!['signIn'] as { accessToken: string; refreshToken: string };
    const refreshed = await gql(`mutation { refreshSession(refreshToken: "${refreshToken}") { accessToken refreshToken } }`);
    expect(refreshed.errors).toBeUndefined();
    const renewed = refreshed.data!['refreshSession'] as { accessToken: string; refreshToken: string };
    // Sign-out carries the access token as the request's credentials.
    expect((await gql(`mutation { signOut { consistencyToken } }`, { token: renewed.accessToken })).errors).toBeUndefined();
    // Read once as a unit manager, so the gateway has revealed and stored the person.
    const before = await gql(`{ volunteer(id: "${volunteerId}") { fullName email } }`, { token: admin });
    expect(before.data!['volunteer']).toEqual({ fullName: p.fullName, email: p.email });

    const erased = await gql(`mutation { eraseVolunteerPersonalData(id: "${volunteerId}") { consistencyToken } }`, { token: admin });
    expect(erased.errors).toBeUndefined();
    const token = erased.data!['eraseVolunteerPersonalData'].consistencyToken as string;
    const after = await gql(`{ volunteer(id: "${volunteerId}") { erased fullName dateOfBirth phone email } }`, { token: admin, consistency: [token] });
    expect(after.data!['volunteer']).toEqual({ erased: true, fullName: null, dateOfBirth: null, phone: null, email: null });

    // The account: closed, its username shredded (the account's stream may project a little later).
    let accounts = await listed();
    for (let attempt = 0; attempt < 50 && accounts[0]?.username !== null; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      accounts = await listed();
    }
    expect(accounts).toEqual([{ username: null, personId: volunteerId, closed: true }]);
    expect(errorOf(await signIn()).code).toBe('AUTH.INVALID_CREDENTIALS');

    // Every data file (FerretDB's, write-ahead files included) and every Kafka log segment.
    const directories = localDataDirectories();
    expect(directories.database.length + directories.kafka.length).toBeGreaterThanOrEqual(2);
    // The gateway's read model may show the username while the account exists; after erasure nothing holds it.
    const markers = [
      p.nameMark,
      p.dateOfBirth,
      p.phone,
      p.emailMark,
      p.nationalId,
      username,
      refreshToken,
      renewed.refreshToken,
      accessToken,
      renewed.accessToken,
    ];
    // And the administrator's access token, the credentials of every command this suite sent.
    markers.push(admin);
    // With a control: the scan does see this suite's writes, for the (anonymous) volunteer id is in both places.
    const found = await filesContaining([...directories.database, ...directories.kafka], [...markers, volunteerId]);
    expect(found.scannedKafkaSegments).toBeGreaterThan(0);
    const control = found.hits.filter((hit) => hit.markers.includes(volunteerId)).map((hit) => hit.file);
    expect(control.some((file) => directories.kafka.some((dir) => file.startsWith(dir)))).toBe(true);
    expect(control.some((file) => directories.database.some((dir) => file.startsWith(dir)))).toBe(true);
    const leaks = found.hits.map((hit) => ({ file: hit.file, markers: hit.markers.filter((marker) => marker !== volunteerId) }));
    expect(leaks.filter((hit) => hit.markers.length > 0)).toEqual([]);
  }, 600_000);
});
