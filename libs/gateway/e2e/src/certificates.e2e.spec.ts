import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { isolatedSuite } from '@tn/shared-testing';
import { errorOf, graphqlClient, type Platform, startPlatform, tokenFor, unitInput } from './harness';

/** The code with the character at `index` of one part (0 payload, 1 signature) replaced by another base64url character. */
function changed(code: string, part: 0 | 1, index: number): string {
  const parts = code.split('.');
  const text = parts[part]!;
  parts[part] = `${text.slice(0, index)}${text[index] === 'Q' ? 'R' : 'Q'}${text.slice(index + 1)}`;
  return parts.join('.');
}

// Issue 5, recognition, through real servers: a certificate issued when its criteria are met,
// verified by anyone through the public query, and a tampered code refused.
describe('Youth Volunteer Certificates through the GraphQL gateway (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('certificates e2e');
  // This suite's own signing pair: the campaigns service signs, the gateway verifies.
  const keys = generateKeyPairSync('ed25519');
  const signingKey = keys.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
  const verifyKey = keys.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
  const run = randomUUID().slice(0, 6);
  // Business time is the server's: the campaign and its attendance are dated in days before today
  // (attendance is never later than now), so the scenario holds whenever it runs.
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const id = (name: string) => `${run}-${name}`;
  let platform: Platform;

  const admin = tokenFor([{ role: 'system-admin', unitId: null }]);
  const { gql, mutate: mutateWith } = graphqlClient(() => platform.gateway.baseUrl);
  /** A mutation that must succeed (after the writes it names); returns its consistency token. */
  const mutate = (query: string, consistency: string[] = [], token = admin) => mutateWith(query, { token, consistency });

  const verification = 'valid reason certificateId award campaignName organiserUnitName issuedOn hours holderName';
  const verify = (code: string) => gql(`{ verifyCertificate(code: ${JSON.stringify(code)}) { ${verification} } }`);

  const holder = id('vol-hoa');
  const newcomer = id('vol-nam');
  const campaignId = id('summer');
  let attendanceToken = '';

  beforeAll(async () => {
    platform = await startPlatform(suite, {
      campaigns: true,
      env: { campaigns: { CERTIFICATE_SIGNING_KEY: signingKey }, gateway: { CERTIFICATE_VERIFY_KEY: verifyKey } },
    });
    let unitsToken = '';
    for (const [unitId, name, parent] of [
      [id('lao-cai'), 'Tỉnh đoàn Lào Cai', null],
      [id('ta-van'), 'Đoàn xã Tả Van', id('lao-cai')],
    ] as const) {
      unitsToken = await mutate(`mutation { createUnit(input: ${unitInput(unitId, name, parent)}) { consistencyToken } }`);
    }
    const registered: string[] = [unitsToken];
    for (const [volunteerId, fullName, phone] of [
      [holder, 'Nguyễn Thị Hoa', '0977000001'],
      [newcomer, 'Lò Văn Nam', '0977000002'],
    ] as const) {
      registered.push(
        await mutate(
          `mutation { registerVolunteer(input: { volunteerId: "${volunteerId}", fullName: "${fullName}", dateOfBirth: "2001-05-06", phone: "${phone}", email: "${volunteerId}@example.vn", homeUnitId: "${id('ta-van')}", skills: [], professions: [], consents: [{ purpose: "registry", givenAt: "2025-02-01T08:00:00Z" }], registeredOn: "2025-02-01" }) { consistencyToken } }`,
          [unitsToken],
        ),
      );
    }
    const launched = await mutate(
      `mutation { launchCampaign(input: { campaignId: "${campaignId}", organiserUnitId: "${id('ta-van')}", definition: { name: "Mùa hè xanh Tả Van", kind: "peak", peakTemplate: "summer-volunteer", domains: ["new-rural-construction"], startsOn: "${day(-40)}", endsOn: "${day(50)}", goals: [{ measure: "trees", target: 500 }], initiator: "union" }, launchedOn: "${day(-50)}" }) { consistencyToken } }`,
      [unitsToken],
    );
    // Two activities of the campaign, three days (one shift each) in each.
    const daysOf = (activity: number) => [-30, -29, -28].map((offset) => offset + activity * 10);
    const shifts: string[] = [];
    for (const [index, activityId] of [id('act-road'), id('act-trees')].entries()) {
      const proposed = await mutate(
        `mutation { proposeActivity(input: { activityId: "${activityId}", name: "Hoạt động ${index + 1}", campaignId: "${campaignId}", organiserUnitId: "${id('ta-van')}", domains: ["new-rural-construction"], location: { unitId: "${id('ta-van')}", site: "Thôn ${index + 1}" }, responsibleCadreId: "${id('cadre')}", initiator: "union", proposedOn: "${day(-45)}" }) { consistencyToken } }`,
        [launched, unitsToken],
      );
      // One shift a day (attendance falls within its shift): 30 to 28 days ago, then 20 to 18 days ago.
      for (const date of daysOf(index)) {
        shifts.push(
          await mutate(
            `mutation { scheduleShift(input: { shiftId: "${id(`shift-${index}-${date}`)}", activityId: "${activityId}", role: { roleId: "lao-dong", name: "Lao động" }, startsAt: "${day(date)}T07:00:00+07:00", endsAt: "${day(date)}T17:00:00+07:00", capacity: 10, waitlist: false }) { consistencyToken } }`,
            [proposed],
          ),
        );
      }
    }
    // The holder: three 8-hour days in each activity (48 hours in 2 activities); the newcomer: one day in one.
    const worked = (shift: number, volunteerId: string, date: number) => {
      const at = (hour: string) => `${day(date)}T${hour}:00+07:00`;
      return `{ recordId: "${id(`${volunteerId}-${shift}-${date}-in`)}", volunteerId: "${volunteerId}", kind: "check-in", at: "${at('07:00')}", method: "team-leader" }, { recordId: "${id(`${volunteerId}-${shift}-${date}-out`)}", volunteerId: "${volunteerId}", kind: "check-out", at: "${at('15:00')}", method: "team-leader" }`;
    };
    const tokens: string[] = [];
    for (const shift of [0, 1]) {
      for (const [n, date] of daysOf(shift).entries()) {
        const records = [worked(shift, holder, date)];
        if (shift === 0 && n === 0) records.push(worked(shift, newcomer, date));
        tokens.push(
          await mutate(
            `mutation { recordAttendance(input: { shiftId: "${id(`shift-${shift}-${date}`)}", records: [${records.join(', ')}] }) { consistencyToken } }`,
            [shifts[shift * 3 + n]!],
          ),
        );
      }
    }
    // Everything in the gateway's read models before certificates are computed from them.
    const seen = await gql(`{ volunteer(id: "${newcomer}") { id } }`, { token: admin, consistency: [...registered, ...tokens] });
    expect(seen.errors).toBeUndefined();
    attendanceToken = tokens[tokens.length - 1]!;
  }, 300_000);

  afterAll(async () => {
    await platform?.stop();
  });

  let code = '';

  it('issues a certificate to a volunteer whose attendance meets the criteria, with a signed code', async () => {
    const issued = await gql(`mutation { issueCertificate(volunteerId: "${holder}", campaignId: "${campaignId}") { id consistencyToken } }`, {
      token: admin,
      consistency: [attendanceToken],
    });
    expect(issued.errors).toBeUndefined();
    const certificateId = `certificate-${campaignId}-${holder}`;
    expect(issued.data!['issueCertificate'].id).toBe(certificateId);
    const mine = await gql(`{ myHours { totalHours certificates { id award campaignId hours activities code } } }`, {
      token: tokenFor([], { kind: 'volunteer', personId: holder }),
      consistency: [issued.data!['issueCertificate'].consistencyToken],
    });
    expect(mine.errors).toBeUndefined();
    expect(mine.data!['myHours']).toMatchObject({
      totalHours: 48,
      certificates: [{ id: certificateId, award: 'certificate', campaignId, hours: 48, activities: 2 }],
    });
    code = mine.data!['myHours'].certificates[0].code;
    expect(code).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    // The signed payload names ids only: nothing personal in the code itself.
    const payload = Buffer.from(code.split('.')[0]!, 'base64url').toString('utf8');
    expect(JSON.parse(payload)).toEqual({
      certificateId,
      volunteerId: holder,
      campaignId,
      award: 'certificate',
      issuedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      hours: 48,
    });
    expect(payload).not.toContain('Hoa');
    // The same certificate twice is refused.
    const again = await gql(`mutation { issueCertificate(volunteerId: "${holder}", campaignId: "${campaignId}") { id } }`, { token: admin });
    expect(errorOf(again).code).toBe('CERTIFICATE.ALREADY_ISSUED');
  });

  it("gives the issuing unit's cadres the code to print and the campaign's list, and answers anyone else as for an unknown one", async () => {
    const certificateId = `certificate-${campaignId}-${holder}`;
    const manager = tokenFor([{ role: 'unit-manager', unitId: id('ta-van') }]);
    const asked = `{ certificate(id: "${certificateId}") { id award volunteerId campaignId issuingUnitId status code } campaign(id: "${campaignId}") { certificates { id status } } }`;
    const read = await gql(asked, { token: manager });
    expect(read.errors).toBeUndefined();
    expect(read.data!['certificate']).toEqual({
      id: certificateId,
      award: 'certificate',
      volunteerId: holder,
      campaignId,
      issuingUnitId: id('ta-van'),
      status: 'issued',
      code,
    });
    expect(read.data!['campaign'].certificates).toEqual([{ id: certificateId, status: 'issued' }]);

    const stranger = tokenFor([{ role: 'unit-manager', unitId: id('elsewhere') }]);
    const refused = await gql(`{ certificate(id: "${certificateId}") { code } }`, { token: stranger });
    expect(errorOf(refused).code).toBe('FORBIDDEN');
    const unknown = await gql(`{ certificate(id: "certificate-${id('nothing')}") { code } }`, { token: stranger });
    expect(errorOf(unknown).code).toBe('FORBIDDEN');
    // An analyst of the unit reads the certificate but not its code: verifying a code shows the holder's name.
    const analyst = tokenFor([{ role: 'analyst', unitId: id('ta-van') }]);
    const analysed = await gql(`{ certificate(id: "${certificateId}") { id code } campaign(id: "${campaignId}") { certificates { id code } } }`, {
      token: analyst,
    });
    expect(analysed.errors).toBeUndefined();
    expect(analysed.data!['certificate']).toEqual({ id: certificateId, code: null });
    expect(analysed.data!['campaign'].certificates).toEqual([{ id: certificateId, code: null }]);
    // The holder reads their own.
    const own = await gql(`{ certificate(id: "${certificateId}") { code } }`, { token: tokenFor([], { kind: 'volunteer', personId: holder }) });
    expect(own.data!['certificate']).toEqual({ code });
  });

  it('verifies the code for anyone, without a token, showing only what the certificate shows', async () => {
    const result = await verify(code);
    expect(result.errors).toBeUndefined();
    expect(result.data!['verifyCertificate']).toEqual({
      valid: true,
      reason: null,
      certificateId: `certificate-${campaignId}-${holder}`,
      award: 'certificate',
      campaignName: 'Mùa hè xanh Tả Van',
      organiserUnitName: 'Đoàn xã Tả Van',
      issuedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      hours: 48,
      holderName: 'Nguyễn Thị Hoa',
    });
    // Nothing else can be asked of it (no contact data, no volunteer id).
    const more = await gql(`{ verifyCertificate(code: ${JSON.stringify(code)}) { valid volunteerId } }`);
    expect(more.errors?.[0]?.message).toMatch(/volunteerId/);
  });

  it('refuses the code with one character of its payload or of its signature changed, and a code signed with another key', async () => {
    const refused = {
      valid: false,
      reason: 'signature',
      certificateId: null,
      award: null,
      campaignName: null,
      organiserUnitName: null,
      issuedOn: null,
      hours: null,
      holderName: null,
    };
    expect((await verify(changed(code, 0, 12))).data!['verifyCertificate']).toEqual(refused);
    expect((await verify(changed(code, 1, 3))).data!['verifyCertificate']).toEqual(refused);
    const [payload] = code.split('.') as [string, string];
    const forgedPayload = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')), hours: 480 })).toString('base64url');
    expect((await verify(`${forgedPayload}.${code.split('.')[1]}`)).data!['verifyCertificate']).toEqual(refused);
    const { sign } = await import('node:crypto');
    const other = generateKeyPairSync('ed25519');
    expect(
      (await verify(`${payload}.${sign(null, Buffer.from(payload, 'ascii'), other.privateKey).toString('base64url')}`)).data!['verifyCertificate'],
    ).toEqual(refused);
    expect((await verify('not-a-certificate')).data!['verifyCertificate']).toMatchObject({ valid: false, reason: 'malformed' });
  });

  it("refuses a certificate to a volunteer below the criteria with the decider's code, and writes nothing", async () => {
    const refused = await gql(`mutation { issueCertificate(volunteerId: "${newcomer}", campaignId: "${campaignId}") { id } }`, { token: admin });
    expect(errorOf(refused)).toEqual({ code: 'CERTIFICATE.CRITERIA_NOT_MET', field: 'facts' });
    const mine = await gql(`{ myHours { totalHours certificates { id } } }`, { token: tokenFor([], { kind: 'volunteer', personId: newcomer }) });
    expect(mine.data!['myHours']).toEqual({ totalHours: 8, certificates: [] });
    // A commune manager elsewhere may not issue this campaign's certificates.
    const outsider = tokenFor([{ role: 'unit-manager', unitId: id('elsewhere') }]);
    expect(errorOf(await gql(`mutation { issueCertificate(volunteerId: "${holder}", campaignId: "${campaignId}") { id } }`, { token: outsider })).code).toBe(
      'FORBIDDEN',
    );
  });

  it("still verifies after the holder's personal data is erased, without their name", async () => {
    const erased = await mutate(`mutation { eraseVolunteerPersonalData(id: "${holder}") { consistencyToken } }`);
    const result = await gql(`{ verifyCertificate(code: ${JSON.stringify(code)}) { valid holderName campaignName } }`, { consistency: [erased] });
    expect(result.errors).toBeUndefined();
    expect(result.data!['verifyCertificate']).toEqual({ valid: true, holderName: null, campaignName: 'Mùa hè xanh Tả Van' });
  });
});
