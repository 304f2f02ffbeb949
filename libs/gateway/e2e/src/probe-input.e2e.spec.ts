import { randomUUID } from 'node:crypto';
import { isolatedSuite } from '@tn/shared-testing';
import { errorOf, graphqlClient, type Platform, startPlatform, tokenFor, unitInput } from './harness';

// Issue 10, item 2: the probe's bad ids, names and dates, each refused through GraphQL with a
// coded error naming the field, and nothing written.
describe('input validation at the edge (probe-input, real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('probe input e2e');
  const run = randomUUID().slice(0, 6);
  const id = (name: string) => `${run}-${name}`;
  let platform: Platform;
  let lastToken = '';

  const admin = tokenFor([{ role: 'system-admin', unitId: null }]);
  const { gql, mutate } = graphqlClient(() => platform.gateway.baseUrl);
  /** A GraphQL string literal (JSON escapes are GraphQL escapes). */
  const str = (value: string) => JSON.stringify(value);

  const BAD_IDS: [string, string][] = [
    ['NUL', `${run}-a\u0000b`],
    ['5,000 characters', 'x'.repeat(5000)],
    ['a path', '../../etc/passwd'],
    ['a query operator', '$where'],
    ['a JSON query', '{"$gt":""}'],
    ['empty', ''],
  ];
  const BAD_NAMES: [string, string][] = [
    ['a right-to-left override', `Nguyễn \u202Eiam ${run}`],
    ['a control character', `Nguyễn\u0007 ${run}`],
    ['a NUL', `Nguyễn\u0000 ${run}`],
  ];

  const createUnit = (fields: { unitId?: string; nameVi?: string; effectiveFrom?: string }) =>
    gql(
      `mutation { createUnit(input: { ${fields.unitId === undefined ? '' : `unitId: ${str(fields.unitId)},`} nameVi: ${str(fields.nameVi ?? 'Đoàn xã Thử')}, organisation: "union", levelLabel: "Đoàn xã", parentId: "${id('lao-cai')}", effectiveFrom: "${fields.effectiveFrom ?? '2025-01-01'}" }) { id } }`,
      { token: admin, language: 'en' },
    );
  const registerVolunteer = (fields: { volunteerId?: string; fullName?: string; dateOfBirth?: string }) =>
    gql(
      `mutation { registerVolunteer(input: { ${fields.volunteerId === undefined ? '' : `volunteerId: ${str(fields.volunteerId)},`} fullName: ${str(fields.fullName ?? `Lò Thị Thử ${run}`)}, dateOfBirth: "${fields.dateOfBirth ?? '2000-05-20'}", phone: "0977123456", email: "thu.${run}@example.vn", homeUnitId: "${id('ta-van')}", skills: [], professions: [], consents: [{ purpose: "registry", givenAt: "2025-02-01T08:00:00Z" }], registeredOn: "2025-02-01" }) { id } }`,
      { token: admin, language: 'en' },
    );

  beforeAll(async () => {
    platform = await startPlatform(suite);
    await mutate(`mutation { createUnit(input: ${unitInput(id('lao-cai'), 'Tỉnh đoàn Lào Cai', null)}) { consistencyToken } }`, { token: admin });
    lastToken = await mutate(`mutation { createUnit(input: ${unitInput(id('ta-van'), 'Đoàn xã Tả Van', id('lao-cai'))}) { consistencyToken } }`, {
      token: admin,
    });
  }, 180_000);

  afterAll(async () => {
    await platform?.stop();
  });

  /** Units under the province and volunteers of the commune, as the read side shows them. */
  async function written(): Promise<{ units: string[]; volunteers: string[] }> {
    const result = await gql(
      `{ units(parentId: "${id('lao-cai')}", asOf: "2025-06-01") { nodes { id nameVi } } volunteers(unitId: "${id('ta-van')}") { nodes { id fullName } } }`,
      { token: admin, consistency: [lastToken] },
    );
    expect(result.errors).toBeUndefined();
    return {
      units: result.data!['units'].nodes.map((unit: { id: string }) => unit.id),
      volunteers: result.data!['volunteers'].nodes.map((volunteer: { id: string }) => volunteer.id),
    };
  }

  it.each(BAD_IDS)('refuses a unit id and a volunteer id that is %s, naming the field', async (_, bad) => {
    expect(errorOf(await createUnit({ unitId: bad }))).toEqual({ code: 'INPUT.ID_INVALID', field: 'unitId' });
    expect(errorOf(await registerVolunteer({ volunteerId: bad }))).toEqual({ code: 'INPUT.ID_INVALID', field: 'volunteerId' });
  });

  it.each(BAD_NAMES)('refuses a unit name and a volunteer name with %s, naming the field', async (_, bad) => {
    expect(errorOf(await createUnit({ unitId: id('ten-xau'), nameVi: bad }))).toEqual({ code: 'INPUT.TEXT_FORBIDDEN_CHARACTER', field: 'nameVi' });
    expect(errorOf(await registerVolunteer({ volunteerId: id('ten-xau'), fullName: bad }))).toEqual({
      code: 'INPUT.TEXT_FORBIDDEN_CHARACTER',
      field: 'fullName',
    });
  });

  it('refuses a birth on 0001-01-01 and an effective date of 9999-12-31, in both languages', async () => {
    const birth = await registerVolunteer({ volunteerId: id('co-dai'), dateOfBirth: '0001-01-01' });
    expect(errorOf(birth)).toEqual({ code: 'DATE.OUT_OF_RANGE', field: 'dateOfBirth' });
    expect(birth.errors![0]!.message).toMatch(/dateOfBirth/);
    const late = await createUnit({ unitId: id('tuong-lai'), effectiveFrom: '9999-12-31' });
    expect(errorOf(late)).toEqual({ code: 'DATE.OUT_OF_RANGE', field: 'effectiveFrom' });
    const lateVi = await gql(`mutation { createUnit(input: ${unitInput(id('tuong-lai'), 'Đoàn xã Tương Lai', id('lao-cai'), '9999-12-31')}) { id } }`, {
      token: admin,
      language: 'vi',
    });
    expect(errorOf(lateVi)).toEqual({ code: 'DATE.OUT_OF_RANGE', field: 'effectiveFrom' });
    expect(lateVi.errors![0]!.message).not.toEqual(late.errors![0]!.message);
    expect(lateVi.errors![0]!.message).toMatch(/effectiveFrom/);
  });

  it('wrote nothing for any refused input, while a clean one still goes through', async () => {
    const ok = await mutate(
      `mutation { registerVolunteer(input: { volunteerId: "${id('hop-le')}", fullName: "Lò Thị Hợp", dateOfBirth: "2000-05-20", phone: "0977123456", email: "hople.${run}@example.vn", homeUnitId: "${id('ta-van')}", skills: [], professions: [], consents: [{ purpose: "registry", givenAt: "2025-02-01T08:00:00Z" }], registeredOn: "2025-02-01" }) { consistencyToken } }`,
      { token: admin },
    );
    lastToken = ok;
    expect(await written()).toEqual({ units: [id('ta-van')], volunteers: [id('hop-le')] });
  });
});
