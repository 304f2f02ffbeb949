import { randomUUID } from 'node:crypto';
import { isolatedSuite } from '@tn/shared-testing';
import { errorOf, graphqlClient, type Platform, startPlatform, tokenFor } from './harness';

// Issue 5, activity and shift operations, through real servers: the activity lifecycle to its
// evaluation and follow-ups, cancellation, formations, the unit's filtered view, recurring
// shifts, capacity and approval, and badges with their revocation.
describe('activity and shift operations through the GraphQL gateway (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('activity operations e2e');
  const run = randomUUID().slice(0, 6);
  // Business time is the server's: dates are days around today, so the scenario holds whenever it
  // runs. The road was carried out over the last weeks (a start or an end is never later than
  // now); the clinic is planned a month ahead (sign-ups need shifts ahead). The badge's attendance
  // lies in last year's summer.
  const now = Date.now();
  const day = (offset: number) => new Date(now + offset * 86_400_000).toISOString().slice(0, 10);
  const PAST = new Date(now).getUTCFullYear() - 1;
  const id = (name: string) => `${run}-${name}`;
  let platform: Platform;

  const admin = tokenFor([{ role: 'system-admin', unitId: null }]);
  const { gql, mutate: mutateWith } = graphqlClient(() => platform.gateway.baseUrl);
  /** A mutation that must succeed (after the writes it names); returns its consistency token. */
  const mutate = (query: string, consistency: string[] = [], token = admin) => mutateWith(query, { token, consistency });
  /** A query that must succeed; its data. */
  const read = async (query: string, consistency: string[] = [], token = admin) => {
    const result = await gql(query, { token, consistency });
    expect(result.errors).toBeUndefined();
    return result.data!;
  };

  const [province, commune, ward] = [id('lao-cai'), id('ta-van'), id('sa-pa')];
  const volunteers = Array.from({ length: 5 }, (_, i) => id(`vol-${i + 1}`));
  const [lifecycle, cancelled, planned] = [id('act-road'), id('act-class'), id('act-clinic')];
  const campaignId = id('summer');
  const propose = (activityId: string, name: string, locationUnitId: string, proposedOn: string, campaign = campaignId, organiser = commune) =>
    `mutation { proposeActivity(input: { activityId: "${activityId}", name: "${name}", campaignId: "${campaign}", organiserUnitId: "${organiser}", domains: ["public-health"], location: { unitId: "${locationUnitId}", site: "Thôn 2" }, responsibleCadreId: "${id('cadre')}", initiator: "union", proposedOn: "${proposedOn}" }) { consistencyToken } }`;

  let setUp: string[] = [];
  let registered: string[] = [];

  beforeAll(async () => {
    platform = await startPlatform(suite, { campaigns: true });
    // The commune is mountainous with ethnic minorities; the town has no area flags.
    const unit = (unitId: string, name: string, parentId: string | null, flags: string) =>
      `mutation { createUnit(input: { unitId: "${unitId}", nameVi: "${name}", organisation: "union", levelLabel: "${parentId ? 'Đoàn xã' : 'Tỉnh đoàn'}", ${parentId ? `parentId: "${parentId}",` : ''} flags: { ${flags} }, effectiveFrom: "2020-01-01" }) { consistencyToken } }`;
    await mutate(unit(province, 'Tỉnh đoàn Lào Cai', null, 'mountainous: true'));
    await mutate(unit(commune, 'Đoàn xã Tả Van', province, 'mountainous: true, ethnicMinority: true'));
    const units = await mutate(unit(ward, 'Đoàn phường Sa Pa', province, ''));
    registered = [units];
    for (const [index, volunteerId] of volunteers.entries()) {
      registered.push(
        await mutate(
          `mutation { registerVolunteer(input: { volunteerId: "${volunteerId}", fullName: "Tình nguyện viên ${index + 1}", dateOfBirth: "2000-02-0${index + 1}", phone: "09881234${String(index).padStart(2, '0')}", email: "${volunteerId}@example.vn", homeUnitId: "${commune}", skills: [], professions: [], consents: [{ purpose: "registry", givenAt: "2025-02-01T08:00:00Z" }], registeredOn: "2025-02-01" }) { consistencyToken } }`,
          [units],
        ),
      );
    }
    const launched = await mutate(
      `mutation { launchCampaign(input: { campaignId: "${campaignId}", organiserUnitId: "${commune}", definition: { name: "Hè tình nguyện Tả Van", kind: "peak", peakTemplate: "summer-volunteer", domains: ["public-health"], startsOn: "${day(-90)}", endsOn: "${day(90)}", goals: [{ measure: "beneficiaries", target: 300 }], initiator: "union" }, launchedOn: "${day(-95)}" }) { consistencyToken } }`,
      [units],
    );
    setUp = [
      await mutate(propose(lifecycle, 'Làm đường bê tông', commune, day(-60)), [launched]),
      await mutate(propose(cancelled, 'Lớp học tình thương', ward, day(-59)), [launched]),
      await mutate(propose(planned, 'Khám bệnh miễn phí', ward, day(-58)), [launched]),
    ];
    setUp.push(
      await mutate(
        `mutation { planActivity(input: { activityId: "${planned}", startsOn: "${day(30)}", endsOn: "${day(59)}", plannedOn: "${day(-50)}" }) { consistencyToken } }`,
        setUp,
      ),
    );
  }, 120_000);

  afterAll(async () => {
    await platform?.stop();
  });

  it('takes an activity through the lifecycle with its formations, to its evaluation and a follow-up', async () => {
    const step = (mutation: string, consistency: string[] = []) => mutate(`mutation { ${mutation} { consistencyToken } }`, consistency);
    await step(`planActivity(input: { activityId: "${lifecycle}", startsOn: "${day(-40)}", endsOn: "${day(-10)}", plannedOn: "${day(-55)}" })`, setUp);
    await step(
      `addActivityFormation(input: { activityId: "${lifecycle}", formationId: "doi-3-luc-luong", name: "Đội hình ba lực lượng", composition: { armedForcesYouth: 4, localYouth: 12, pupilsStudents: 20 }, addedOn: "${day(-54)}" })`,
    );
    await step(
      `addActivityFormation(input: { activityId: "${lifecycle}", formationId: "doi-y-te", name: "Đội thanh niên tình nguyện y tế", composition: { localYouth: 2, pupilsStudents: 6 }, specialisation: "medical", addedOn: "${day(-53)}" })`,
    );
    const again = await gql(
      `mutation { addActivityFormation(input: { activityId: "${lifecycle}", formationId: "doi-y-te", name: "Trùng", composition: { localYouth: 1 }, addedOn: "${day(-52)}" }) { id } }`,
      { token: admin },
    );
    expect(errorOf(again).code).toBe('ACTIVITY.FORMATION_EXISTS');
    await step(`prepareActivity(input: { activityId: "${lifecycle}", preparedOn: "${day(-45)}" })`);
    await step(`startActivity(input: { activityId: "${lifecycle}", startedAt: "${day(-40)}T07:00:00+07:00" })`);
    // A follow-up maintains results: not before the activity is completed.
    const early = await gql(`mutation { recordActivityFollowUp(input: { activityId: "${lifecycle}", recordedOn: "${day(-30)}", note: "Sớm" }) { id } }`, {
      token: admin,
    });
    expect(errorOf(early).code).toBe('ACTIVITY.NOT_COMPLETED');
    await step(`completeActivity(input: { activityId: "${lifecycle}", completedAt: "${day(-10)}T17:00:00+07:00" })`);
    await step(`evaluateActivity(input: { activityId: "${lifecycle}", evaluatedOn: "${day(-5)}", summary: "Hoàn thành 2 km đường bê tông", rating: 5 })`);
    const followUp = `recordActivityFollowUp(input: { activityId: "${lifecycle}", followUpId: "kiem-tra-thang-9", recordedOn: "${day(0)}", note: "Đường vẫn tốt, đã dọn cỏ hai bên" })`;
    await step(followUp);
    // The same follow-up sent again (a retry) is recorded once.
    const last = await step(followUp);

    const { activity } = await read(
      `{ activity(id: "${lifecycle}") { status evaluation { evaluatedOn summary rating } cancellation { reason } followUps { id recordedOn note } formations { id name composition { armedForcesYouth localYouth pupilsStudents total } specialisation } } }`,
      [last],
    );
    expect(activity).toEqual({
      status: 'evaluated',
      evaluation: { evaluatedOn: day(-5), summary: 'Hoàn thành 2 km đường bê tông', rating: 5 },
      cancellation: null,
      followUps: [{ id: 'kiem-tra-thang-9', recordedOn: day(0), note: 'Đường vẫn tốt, đã dọn cỏ hai bên' }],
      formations: [
        {
          id: 'doi-3-luc-luong',
          name: 'Đội hình ba lực lượng',
          composition: { armedForcesYouth: 4, localYouth: 12, pupilsStudents: 20, total: 36 },
          specialisation: null,
        },
        {
          id: 'doi-y-te',
          name: 'Đội thanh niên tình nguyện y tế',
          composition: { armedForcesYouth: 0, localYouth: 2, pupilsStudents: 6, total: 8 },
          specialisation: 'medical',
        },
      ],
    });
  });

  it('cancels an activity with a reason, then refuses moving it on with ACTIVITY.ILLEGAL_TRANSITION', async () => {
    const done = await mutate(
      `mutation { cancelActivity(input: { activityId: "${cancelled}", reason: "Bão số 3 đổ bộ", cancelledOn: "${day(-50)}" }) { consistencyToken } }`,
      setUp,
    );
    const refused = await gql(
      `mutation { planActivity(input: { activityId: "${cancelled}", startsOn: "${day(10)}", endsOn: "${day(11)}", plannedOn: "${day(-49)}" }) { id } }`,
      { token: admin },
    );
    expect(errorOf(refused).code).toBe('ACTIVITY.ILLEGAL_TRANSITION');
    expect(refused.errors?.[0]?.message).toBeTruthy();
    const noReason = await gql(`mutation { cancelActivity(input: { activityId: "${planned}", reason: " ", cancelledOn: "${day(-50)}" }) { id } }`, {
      token: admin,
    });
    expect(errorOf(noReason)).toEqual({ code: 'ACTIVITY.CANCEL_REASON_REQUIRED', field: 'reason' });
    const { activity } = await read(`{ activity(id: "${cancelled}") { status cancellation { fromStatus reason cancelledOn } } }`, [done]);
    expect(activity).toEqual({ status: 'cancelled', cancellation: { fromStatus: 'needs-survey', reason: 'Bão số 3 đổ bộ', cancelledOn: day(-50) } });
  });

  it('corrects the name of an activity not yet completed, refuses it once cancelled, and answers a stranger as for an unknown activity', async () => {
    const renamed = await mutate(`mutation { renameActivity(activityId: "${planned}", name: "Khám bệnh, cấp thuốc miễn phí") { consistencyToken } }`, setUp);
    const { activity } = await read(`{ activity(id: "${planned}") { name status } }`, [renamed]);
    expect(activity).toEqual({ name: 'Khám bệnh, cấp thuốc miễn phí', status: 'planned' });
    // Cancelled by the test before (the service decides from its own stream: no consistency token needed).
    const closed = await gql(`mutation { renameActivity(activityId: "${cancelled}", name: "Lớp học") { id } }`, { token: admin });
    expect(errorOf(closed).code).toBe('ACTIVITY.CLOSED');
    const blank = await gql(`mutation { renameActivity(activityId: "${planned}", name: " ") { id } }`, { token: admin });
    expect(errorOf(blank)).toEqual({ code: 'ACTIVITY.NAME_REQUIRED', field: 'name' });
    // The ward's manager does not organise the commune's activities: refused exactly as for an id that does not exist.
    const stranger = tokenFor([{ role: 'unit-manager', unitId: ward }]);
    const notYours = await gql(`mutation { renameActivity(activityId: "${planned}", name: "Của tôi") { id } }`, { token: stranger });
    const unknown = await gql(`mutation { renameActivity(activityId: "${id('no-such-activity')}", name: "Của tôi") { id } }`, { token: stranger });
    expect(errorOf(notYours)).toEqual(errorOf(unknown));
    expect(errorOf(notYours).code).toBe('FORBIDDEN');
  });

  it("filters a unit's activities by area flags and by period, with totals by status", async () => {
    const list = async (filters: string) =>
      (await read(`{ activities(unitId: "${commune}"${filters}) { totalCount nodes { id } totals { status count } } }`, setUp))['activities'];
    const ids = (page: { nodes: { id: string }[] }) => page.nodes.map((node) => node.id).sort();
    // Only the road is located in the mountainous, ethnic-minority commune.
    expect(ids(await list(', areaFlags: ["mountainous", "ethnicMinority"]'))).toEqual([lifecycle]);
    expect((await list(', areaFlags: ["border"]')).totalCount).toBe(0);
    // The planned period overlaps; before planning, the proposal date counts.
    expect(ids(await list(`, from: "${day(45)}", to: "${day(75)}"`))).toEqual([planned]);
    expect(ids(await list(`, from: "${day(-59)}", to: "${day(-59)}"`))).toEqual([cancelled]);
    const all = await list('');
    expect(all.totalCount).toBe(3);
    expect(all.totals).toEqual([
      { status: 'cancelled', count: 1 },
      { status: 'evaluated', count: 1 },
      { status: 'planned', count: 1 },
    ]);
    const unknown = await gql(`{ activities(unitId: "${commune}", areaFlags: ["volcanic"]) { totalCount } }`, { token: admin });
    expect(errorOf(unknown)).toEqual({ code: 'ACTIVITY.AREA_FLAG_UNKNOWN', field: 'areaFlags' });
  });

  it('schedules recurring shifts from a weekly template (2 slots a week over 3 weeks: 6 shifts), and a second run adds none', async () => {
    const schedule = `mutation { scheduleRecurringShifts(input: { activityId: "${planned}", templateId: "${id('kham-benh')}", role: { roleId: "ho-tro", name: "Hỗ trợ khám bệnh" }, slots: [{ weekday: 2, start: "07:30", end: "11:30" }, { weekday: 6, start: "13:30", end: "17:00" }], from: "${day(31)}", to: "${day(51)}", capacity: 8, waitlist: true }) { shiftIds consistencyTokens } }`;
    const first = await gql(schedule, { token: admin, consistency: setUp });
    expect(first.errors).toBeUndefined();
    const { shiftIds, consistencyTokens } = first.data!['scheduleRecurringShifts'];
    expect(shiftIds).toHaveLength(6);
    expect(consistencyTokens).toHaveLength(6);
    const second = await gql(schedule, { token: admin });
    expect(second.errors).toBeUndefined();
    expect(second.data!['scheduleRecurringShifts'].shiftIds).toEqual(shiftIds);
    const { shifts } = await read(`{ shifts(activityId: "${planned}") { id startsAt endsAt capacity } }`, [
      ...consistencyTokens,
      ...second.data!['scheduleRecurringShifts'].consistencyTokens,
    ]);
    expect(shifts.map((shift: { id: string }) => shift.id)).toEqual(shiftIds);
    // Three weeks hold each weekday three times: three Tuesday mornings, three Saturday afternoons.
    const times = shifts.map((shift: { startsAt: string; endsAt: string }) => `${shift.startsAt.slice(11)}–${shift.endsAt.slice(11)}`).sort();
    expect(times).toEqual([...Array(3).fill('07:30:00+07:00–11:30:00+07:00'), ...Array(3).fill('13:30:00+07:00–17:00:00+07:00')]);
    expect(shifts.every((shift: { capacity: number }) => shift.capacity === 8)).toBe(true);
    const tooLong = await gql(schedule.replace(`to: "${day(51)}"`, `to: "${day(51 + 365)}"`), { token: admin });
    expect(errorOf(tooLong)).toEqual({ code: 'SHIFT.RECURRENCE_TOO_LONG', field: 'to' });
  });

  it('promotes waitlisted volunteers in order when the capacity is raised', async () => {
    const shiftId = id('shift-small');
    let last = await mutate(
      `mutation { scheduleShift(input: { shiftId: "${shiftId}", activityId: "${planned}", role: { roleId: "lai-xe", name: "Lái xe" }, startsAt: "${day(35)}T07:00:00+07:00", endsAt: "${day(35)}T11:00:00+07:00", capacity: 1, waitlist: true }) { consistencyToken } }`,
      setUp,
    );
    for (const volunteerId of volunteers.slice(0, 3)) {
      last = await mutate(`mutation { signUpForShift(input: { shiftId: "${shiftId}", volunteerId: "${volunteerId}" }) { consistencyToken } }`, [
        last,
        ...registered,
      ]);
    }
    const fields = 'capacity confirmed waitlisted';
    expect((await read(`{ shift(id: "${shiftId}") { ${fields} } }`, [last]))['shift']).toEqual({
      capacity: 1,
      confirmed: volunteers.slice(0, 1),
      waitlisted: volunteers.slice(1, 3),
    });
    const below = await gql(`mutation { changeShiftCapacity(input: { shiftId: "${shiftId}", capacity: 0 }) { id } }`, { token: admin });
    expect(errorOf(below).code).toBe('SHIFT.CAPACITY_INVALID');
    const raised = await mutate(`mutation { changeShiftCapacity(input: { shiftId: "${shiftId}", capacity: 3 }) { consistencyToken } }`);
    expect((await read(`{ shift(id: "${shiftId}") { ${fields} } }`, [raised]))['shift']).toEqual({
      capacity: 3,
      confirmed: volunteers.slice(0, 3),
      waitlisted: [],
    });
  });

  it('approves one pending sign-up on a restricted role and rejects another with a reason', async () => {
    const shiftId = id('shift-doctor');
    let last = await mutate(
      `mutation { scheduleShift(input: { shiftId: "${shiftId}", activityId: "${planned}", role: { roleId: "bac-si", name: "Bác sĩ", requiresApproval: true }, startsAt: "${day(36)}T07:00:00+07:00", endsAt: "${day(36)}T11:00:00+07:00", capacity: 2, waitlist: false }) { consistencyToken } }`,
      setUp,
    );
    for (const volunteerId of volunteers.slice(3, 5)) {
      last = await mutate(`mutation { signUpForShift(input: { shiftId: "${shiftId}", volunteerId: "${volunteerId}" }) { consistencyToken } }`, [
        last,
        ...registered,
      ]);
    }
    expect((await read(`{ shift(id: "${shiftId}") { pending confirmed } }`, [last]))['shift']).toEqual({ pending: volunteers.slice(3, 5), confirmed: [] });
    await mutate(`mutation { approveSignUp(input: { shiftId: "${shiftId}", volunteerId: "${volunteers[3]}" }) { consistencyToken } }`);
    const noReason = await gql(`mutation { rejectSignUp(input: { shiftId: "${shiftId}", volunteerId: "${volunteers[4]}", reason: "" }) { id } }`, {
      token: admin,
    });
    expect(errorOf(noReason).code).toBe('SIGNUP.REJECT_REASON_REQUIRED');
    const rejected = await mutate(
      `mutation { rejectSignUp(input: { shiftId: "${shiftId}", volunteerId: "${volunteers[4]}", reason: "Chưa có chứng chỉ hành nghề" }) { consistencyToken } }`,
    );
    expect((await read(`{ shift(id: "${shiftId}") { pending confirmed waitlisted } }`, [rejected]))['shift']).toEqual({
      pending: [],
      confirmed: [volunteers[3]],
      waitlisted: [],
    });
    const again = await gql(`mutation { rejectSignUp(input: { shiftId: "${shiftId}", volunteerId: "${volunteers[4]}", reason: "Lần nữa" }) { id } }`, {
      token: admin,
    });
    expect(errorOf(again).code).toBe('SIGNUP.NOT_PENDING');
  });

  it('issues a Youth Volunteer Badge when its criteria are met, and a revoked badge no longer verifies', async () => {
    // A past campaign of the town: 48 hours in two activities (3 days of 8 hours each, one shift a day).
    const holder = volunteers[0]!;
    const pastCampaign = id('past-summer');
    const launched = await mutate(
      `mutation { launchCampaign(input: { campaignId: "${pastCampaign}", organiserUnitId: "${ward}", definition: { name: "Mùa hè xanh Sa Pa", kind: "peak", peakTemplate: "summer-volunteer", domains: ["public-health"], startsOn: "${PAST}-06-01", endsOn: "${PAST}-08-31", goals: [{ measure: "trees", target: 100 }], initiator: "union" }, launchedOn: "${PAST}-05-01" }) { consistencyToken } }`,
      registered,
    );
    const attendance: string[] = [];
    for (const index of [0, 1]) {
      const activityId = id(`past-act-${index}`);
      const proposed = await mutate(propose(activityId, `Hoạt động hè ${index + 1}`, ward, `${PAST}-05-02`, pastCampaign, ward), [launched]);
      for (const date of [1, 2, 3].map((d) => d + index * 10)) {
        const at = (hour: string) => `${PAST}-06-${String(date).padStart(2, '0')}T${hour}:00+07:00`;
        const shiftId = id(`past-shift-${index}-${date}`);
        const scheduled = await mutate(
          `mutation { scheduleShift(input: { shiftId: "${shiftId}", activityId: "${activityId}", role: { roleId: "lao-dong", name: "Lao động" }, startsAt: "${at('07:00')}", endsAt: "${at('17:00')}", capacity: 10, waitlist: false }) { consistencyToken } }`,
          [proposed],
        );
        const records = [
          `{ recordId: "${id(`${index}-${date}-in`)}", volunteerId: "${holder}", kind: "check-in", at: "${at('07:00')}", method: "team-leader" }`,
          `{ recordId: "${id(`${index}-${date}-out`)}", volunteerId: "${holder}", kind: "check-out", at: "${at('15:00')}", method: "team-leader" }`,
        ];
        attendance.push(
          await mutate(`mutation { recordAttendance(input: { shiftId: "${shiftId}", records: [${records.join(', ')}] }) { consistencyToken } }`, [scheduled]),
        );
      }
    }
    const unknownAward = await gql(`mutation { issueCertificate(volunteerId: "${holder}", campaignId: "${pastCampaign}", award: "medal") { id } }`, {
      token: admin,
      consistency: attendance,
    });
    expect(errorOf(unknownAward)).toEqual({ code: 'CERTIFICATE.AWARD_UNKNOWN', field: 'award' });
    const issued = await gql(`mutation { issueCertificate(volunteerId: "${holder}", campaignId: "${pastCampaign}", award: "badge") { id consistencyToken } }`, {
      token: admin,
    });
    expect(issued.errors).toBeUndefined();
    const badgeId = `badge-${pastCampaign}-${holder}`;
    expect(issued.data!['issueCertificate'].id).toBe(badgeId);

    const mine = await read(
      `{ myHours { certificates { id award hours activities code } } }`,
      [issued.data!['issueCertificate'].consistencyToken],
      tokenFor([], { kind: 'volunteer', personId: holder }),
    );
    expect(mine['myHours'].certificates).toEqual([{ id: badgeId, award: 'badge', hours: 48, activities: 2, code: expect.any(String) }]);
    const code: string = mine['myHours'].certificates[0].code;
    // Public: no token.
    const verify = async (consistency: string[]) =>
      (await gql(`{ verifyCertificate(code: ${JSON.stringify(code)}) { valid reason certificateId award } }`, { consistency })).data!['verifyCertificate'];
    expect(await verify([issued.data!['issueCertificate'].consistencyToken])).toEqual({ valid: true, reason: null, certificateId: badgeId, award: 'badge' });

    // Only a manager of the issuing unit revokes it; then its code verifies as revoked.
    const outsider = tokenFor([{ role: 'unit-manager', unitId: commune }]);
    expect(errorOf(await gql(`mutation { revokeCertificate(certificateId: "${badgeId}", reason: "Ghi nhầm giờ") { id } }`, { token: outsider })).code).toBe(
      'FORBIDDEN',
    );
    const manager = tokenFor([{ role: 'unit-manager', unitId: ward }]);
    const revoked = await mutate(
      `mutation { revokeCertificate(certificateId: "${badgeId}", reason: "Ghi nhầm giờ tham gia") { consistencyToken } }`,
      [],
      manager,
    );
    expect(await verify([revoked])).toEqual({ valid: false, reason: 'revoked', certificateId: badgeId, award: null });
  });
});
