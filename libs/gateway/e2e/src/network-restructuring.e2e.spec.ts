import { randomUUID } from 'node:crypto';
import { isolatedSuite } from '@tn/shared-testing';
import { errorOf, type Platform, startPlatform, tokenFor, unitInput } from './harness';
import { GROUP_FIELDS, type GroupProfile, list, NEED_FIELDS, networkKit, registerGroupMutation, registerVolunteerMutation } from './network.test-fixtures';

// The network's reactors through real servers: the registry's merger carries the groups its
// communes hosted to their successor (and a group pending at the merger is verified into the
// successor); accepting a group's match books its dates, so a second need on overlapping days is
// refused until the first is cancelled (and two acceptances at once book it only once); and a
// campaigns activity naming a group keeps it active, dated the day the activity was completed.
describe('the network reactors through the GraphQL gateway (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('network restructuring e2e');
  const run = randomUUID().slice(0, 6);
  const id = (name: string) => `${run}-${name}`;
  let platform: Platform;
  const { gql, mutate, read, eventually, mutateOnceCopied, day } = networkKit(() => platform);

  // Lào Cai: Tả Van and Lao Chải merge into a new Tả Van commune; Bát Xát is their sibling; Sa Pa
  // hosts the groups that are booked and take part in activities.
  const province = id('lao-cai');
  const [tavan, laochai, merged, batxat, sapa] = [id('ta-van'), id('lao-chai'), id('ta-van-moi'), id('bat-xat'), id('sa-pa')];
  // Bản Khoang is to be merged into Tả Phìn from tomorrow (a merger decided ahead of its date).
  const [bankhoang, taphin] = [id('ban-khoang'), id('ta-phin')];

  const admin = tokenFor([{ role: 'system-admin', unitId: null }]);
  const manager = (unitId: string) => tokenFor([{ role: 'unit-manager', unitId }], { sub: `acc-${unitId}` });
  const [tavanManager, laochaiManager, mergedManager, batxatManager, sapaManager] = [tavan, laochai, merged, batxat, sapa].map(manager) as [
    string,
    string,
    string,
    string,
    string,
  ];

  const leaders = {
    tavan: id('ld-tv'),
    laochai: id('ld-lc'),
    self: id('ld-tu-lap'),
    booked: id('ld-sp-1'),
    raced: id('ld-sp-2'),
    active: id('ld-sp-3'),
    late: id('ld-sp-4'),
    idle: id('ld-sp-5'),
    bankhoang: id('ld-bk'),
  };
  const cadre = id('can-bo');
  const leaderToken = (personId: string) => tokenFor([], { kind: 'volunteer', personId });

  const group = (groupId: string, name: string, hostUnitId: string, leader: string, fields = ['social-security']): GroupProfile => ({
    groupId,
    name,
    kind: 'team',
    origin: 'union-founded',
    hostUnitId,
    fields,
    leaderPersonIds: [leader],
    size: 15,
  });
  const groups = {
    tavan: group(id('g-tv'), 'Đội thanh niên tình nguyện Tả Van', tavan, leaders.tavan),
    laochai: group(id('g-lc'), 'Câu lạc bộ văn nghệ Lao Chải', laochai, leaders.laochai, ['environment-climate-change']),
    booked: group(id('g-sp-dat'), 'Đội hỗ trợ mùa du lịch Sa Pa', sapa, leaders.booked),
    raced: group(id('g-sp-dua'), 'Đội tình nguyện bản Cát Cát', sapa, leaders.raced),
    active: group(id('g-sp-hd'), 'Đội sơ cứu Sa Pa', sapa, leaders.active, ['public-health']),
    late: group(id('g-sp-muon'), 'Nhóm khuyến học Sa Pa', sapa, leaders.late, ['public-health']),
    idle: group(id('g-sp-nghi'), 'Câu lạc bộ cầu lông Sa Pa', sapa, leaders.idle, ['public-health']),
    bankhoang: group(id('g-bk'), 'Đội tình nguyện Bản Khoang', bankhoang, leaders.bankhoang),
    bankhoangLater: group(id('g-bk-sau'), 'Nhóm môi trường Bản Khoang', bankhoang, leaders.bankhoang, ['environment-climate-change']),
  };
  /** Made by the server when its leader registers it. */
  let selfGroupId = '';

  let setUp: string[] = [];

  const groupOf = async (groupId: string, token = admin, asOf?: string, consistency: string[] = []) =>
    (await read(`{ group(id: "${groupId}"${asOf ? `, asOf: "${asOf}"` : ''}) { ${GROUP_FIELDS} asOf areaUnitIds size } }`, token, consistency))['group'];
  const needOf = async (needId: string, consistency: string[] = []) =>
    (await read(`{ need(id: "${needId}") { ${NEED_FIELDS} } }`, sapaManager, consistency))['need'];
  const candidatesOf = async (needId: string, consistency: string[] = []): Promise<string[]> =>
    (await read(`{ needMatchCandidates(needId: "${needId}", first: 100) { candidateId } }`, sapaManager, consistency))['needMatchCandidates'].map(
      (candidate: { candidateId: string }) => candidate.candidateId,
    );

  beforeAll(async () => {
    platform = await startPlatform(suite, { campaigns: true, network: true });
    const created = await mutate(`mutation { createUnit(input: ${unitInput(province, 'Tỉnh đoàn Lào Cai', null, '2020-01-01')}) { consistencyToken } }`, admin);
    const units = await Promise.all(
      [
        [tavan, 'Đoàn xã Tả Van'],
        [laochai, 'Đoàn xã Lao Chải'],
        [batxat, 'Đoàn xã Bát Xát'],
        [sapa, 'Đoàn phường Sa Pa'],
        [bankhoang, 'Đoàn xã Bản Khoang'],
        [taphin, 'Đoàn xã Tả Phìn'],
      ].map(([unitId, name]) =>
        mutate(`mutation { createUnit(input: ${unitInput(unitId as string, name as string, province, '2020-01-01')}) { consistencyToken } }`, admin, [created]),
      ),
    );
    const homes: [string, string][] = [
      [leaders.tavan, tavan],
      [leaders.laochai, laochai],
      [leaders.self, tavan],
      [leaders.booked, sapa],
      [leaders.raced, sapa],
      [leaders.active, sapa],
      [leaders.late, sapa],
      [leaders.idle, sapa],
      [leaders.bankhoang, bankhoang],
    ];
    const people = await Promise.all(
      homes.map(([personId, unitId], n) =>
        mutate(registerVolunteerMutation(personId, `Tình nguyện viên ${n + 1}`, unitId, 60 + n), admin, [created, ...units]),
      ),
    );
    // The cadre responsible for Sa Pa's activity.
    const cadreRegistered = await mutate(
      `mutation { registerCadre(input: { cadreId: "${cadre}", fullName: "Hoàng Văn Minh", registeredOn: "2020-01-02", registeringUnitId: "${sapa}" }) { consistencyToken } }`,
      admin,
      [created, ...units],
    );
    const appointed = await mutate(
      `mutation { appointCadre(input: { cadreId: "${cadre}", unitId: "${sapa}", title: "Phó Bí thư", dedicatedToVolunteerWork: true, termStart: "2020-01-02" }) { consistencyToken } }`,
      admin,
      [cadreRegistered],
    );
    setUp = [created, ...units, ...people, appointed];
  }, 180_000);

  // Stopping four services and dropping their databases outlasts the default.
  afterAll(async () => {
    await platform?.stop();
  }, 180_000);

  it("carries the merged communes' groups to their successor from the merger's date, whose managers (not a sibling's, nor the old commune's) then act on them", async () => {
    const registered = await Promise.all([
      mutate(registerGroupMutation(groups.tavan), tavanManager, setUp),
      mutate(registerGroupMutation(groups.laochai), laochaiManager, setUp),
    ]);
    // A leader registers their own group, proposing Tả Van: still pending when the communes merge.
    const self = await gql(
      `mutation { selfRegisterGroup(input: { name: "Nhóm thiện nguyện bản Hồ", kind: "group", origin: "self-formed", proposedHostUnitId: "${tavan}", fields: ["children-care-education"], size: 8, leaderPersonIds: ["${leaders.self}"] }) { id consistencyToken } }`,
      { token: leaderToken(leaders.self), consistency: setUp },
    );
    expect(self.errors).toBeUndefined();
    selfGroupId = self.data!['selfRegisterGroup'].id as string;
    const selfRegistered = self.data!['selfRegisterGroup'].consistencyToken as string;
    expect(await groupOf(groups.tavan.groupId, tavanManager, undefined, registered)).toMatchObject({
      hostUnitId: tavan,
      currentHostUnitId: tavan,
      affiliations: [{ unitId: tavan, from: day(0), to: null, reason: 'registered' }],
    });
    expect(await groupOf(selfGroupId, tavanManager, undefined, [selfRegistered])).toMatchObject({ status: 'pending-verification', hostUnitId: tavan });

    // The registry merges the two communes into a new one, from today.
    const merger = await mutate(
      `mutation { mergeUnits(input: { sourceUnitIds: ["${tavan}", "${laochai}"], intoNewUnit: { newUnitId: "${merged}", nameVi: "Đoàn xã Tả Van (mới)", organisation: "union", levelLabel: "Đoàn xã", parentId: "${province}" }, effectiveFrom: "${day(0)}" }) { consistencyToken } }`,
      admin,
      [...registered, selfRegistered],
    );

    // The merger reactor carries both communes' groups: the old host until the day before, the successor from the merger's date.
    for (const [profile, source] of [
      [groups.tavan, tavan],
      [groups.laochai, laochai],
    ] as const) {
      const carried = await eventually(
        () => groupOf(profile.groupId, mergedManager, undefined, [merger]),
        (value) => value.currentHostUnitId === merged,
      );
      expect(carried).toMatchObject({
        status: 'active',
        hostUnitId: merged,
        currentHostUnitId: merged,
        affiliations: [
          { unitId: source, from: day(0), to: day(-1), reason: 'registered' },
          { unitId: merged, from: day(0), to: null, reason: 'unit-merged' },
        ],
      });
      // The old host's affiliation, dated its registration day and ended the day before, never hosted it.
      expect((await groupOf(profile.groupId, mergedManager, day(-1)))['hostUnitId']).toBeNull();
    }
    // The successor's list holds both (and the group still pending, proposed to a unit merged into it).
    const mergedList = (await read(`{ unitGroups(unitId: "${merged}") { nodes { id hostUnitId status } } }`, mergedManager, [merger]))['unitGroups'];
    expect(new Map(mergedList.nodes.map((node: { id: string; hostUnitId: string; status: string }) => [node.id, [node.hostUnitId, node.status]]))).toEqual(
      new Map([
        [groups.tavan.groupId, [merged, 'active']],
        [groups.laochai.groupId, [merged, 'active']],
        [selfGroupId, [tavan, 'pending-verification']],
      ]),
    );

    // The successor's manager acts on the carried group; a sibling commune's and the merged-away commune's managers may not.
    const declare = `mutation { declareGroupStatus(input: { groupId: "${groups.tavan.groupId}", status: "active", reason: "Sáp nhập xã: đội vẫn sinh hoạt đều" }) { consistencyToken } }`;
    const bySibling = await gql(declare, { token: batxatManager, language: 'en' });
    const byOldCommune = await gql(declare, { token: tavanManager, language: 'en' });
    expect(errorOf(bySibling).code).toBe('FORBIDDEN');
    expect(errorOf(byOldCommune).code).toBe('FORBIDDEN');
    let written = await mutate(declare, mergedManager, [merger]);
    // Its profile now serves the new commune: the merged-away one is no unit to serve today.
    const revise = (areaUnitId: string) =>
      `mutation { reviseGroupProfile(input: { groupId: "${groups.tavan.groupId}", name: "${groups.tavan.name}", fields: ["social-security"], areaUnitIds: ["${areaUnitId}"], size: 18, leaderPersonIds: ["${leaders.tavan}"] }) { consistencyToken } }`;
    const stale = await gql(revise(tavan), { token: mergedManager, consistency: [written], language: 'en' });
    expect(errorOf(stale)).toEqual({ code: 'GROUP.AREA_UNIT_UNKNOWN', field: 'areaUnitIds' });
    written = await mutate(revise(merged), mergedManager, [written]);
    expect(await groupOf(groups.tavan.groupId, mergedManager, undefined, [written])).toMatchObject({
      areaUnitIds: [merged],
      size: 18,
    });
    const declared = (await read(`{ group(id: "${groups.tavan.groupId}") { declarations { status declaredBy declaredOn } } }`, mergedManager, [written]))[
      'group'
    ];
    expect(declared.declarations).toEqual([{ status: 'active', declaredBy: `acc-${merged}`, declaredOn: day(0) }]);
    // No group is registered in the merged-away commune any more.
    const intoOld = await gql(registerGroupMutation(group(id('g-tv-cu'), 'Đội hình muộn', tavan, leaders.tavan)), { token: mergedManager, language: 'en' });
    expect(errorOf(intoOld)).toEqual({ code: 'GROUP.HOST_UNIT_UNKNOWN', field: 'hostUnitId' });

    // The group pending at the merger: its proposed host's successor verifies it, and hosts it (not the merged-away commune).
    const verify = `mutation { verifyGroup(input: { groupId: "${selfGroupId}" }) { consistencyToken } }`;
    expect(errorOf(await gql(verify, { token: batxatManager, language: 'en' })).code).toBe('FORBIDDEN');
    const verified = await mutate(verify, mergedManager, [merger]);
    expect(await groupOf(selfGroupId, mergedManager, undefined, [verified])).toMatchObject({
      status: 'active',
      hostUnitId: merged,
      currentHostUnitId: merged,
      proposedHostUnitId: tavan,
      verifiedBy: `acc-${merged}`,
      affiliations: [{ unitId: merged, from: day(0), to: null, reason: 'verified' }],
    });
  }, 120_000);

  it('books a group for the first need that accepts it, refuses an overlapping need until the first is cancelled, and never books it twice at once', async () => {
    const registered = await Promise.all([groups.booked, groups.raced].map((profile) => mutate(registerGroupMutation(profile), sapaManager, setUp)));
    const needs = { first: id('nc-1'), second: id('nc-2'), probe: id('nc-tham-do') };
    // Weeks later, every one of them on the 22nd day.
    const raceDays: [number, number][] = [
      [20, 22],
      [21, 23],
      [22, 24],
      [22, 22],
    ];
    const raceNeeds = raceDays.map((_, n) => id(`nc-dua-${n}`));
    const raise = (needId: string, from: number, to: number) =>
      `mutation { raiseNeed(input: { needId: "${needId}", unitId: "${sapa}", source: "unit", kind: "people", description: "Hỗ trợ du khách mùa cao điểm", fields: ["social-security"], quantity: 5, measure: "người", placeUnitId: "${sapa}", from: "${day(from)}", to: "${day(to)}" }) { consistencyToken } }`;
    // The first two overlap on two days; the probe overlaps the first only.
    const raised = await Promise.all([
      mutate(raise(needs.first, 5, 7), sapaManager, registered),
      mutate(raise(needs.second, 6, 9), sapaManager, registered),
      mutate(raise(needs.probe, 4, 5), sapaManager, registered),
      ...raceNeeds.map((needId, n) => mutate(raise(needId, ...raceDays[n]!), sapaManager, registered)),
    ]);
    const propose = (needId: string, matchId: string, groupId: string) =>
      `mutation { proposeNeedMatch(input: { needId: "${needId}", matchId: "${matchId}", offererKind: "group", offererId: "${groupId}", quantity: 5 }) { consistencyToken } }`;
    const accept = (needId: string, matchId: string) =>
      `mutation { acceptNeedMatch(input: { needId: "${needId}", matchId: "${matchId}" }) { consistencyToken } }`;
    const booked = groups.booked.groupId;
    const offered = await Promise.all([
      mutate(propose(needs.first, 'm-1', booked), sapaManager, raised),
      // Its own leader offers it for the second.
      mutate(propose(needs.second, 'm-2', booked), leaderToken(leaders.booked), raised),
      ...raceNeeds.map((needId, n) => mutate(propose(needId, `m-race-${n}`, groups.raced.groupId), sapaManager, raised)),
    ]);
    expect(await candidatesOf(needs.probe, offered)).toContain(booked);

    // Accepted for the first need: the booking reactor books its days on the group's stream.
    const accepted = await mutate(accept(needs.first, 'm-1'), sapaManager, offered);
    const held = await eventually(
      () => groupOf(booked, sapaManager, undefined, [accepted]),
      (value) => value.heldBookingCount === 1,
    );
    expect(held.heldBookingCount).toBe(1);
    // Booked on the probe's days too, it is no candidate there any more.
    expect(
      await eventually(
        () => candidatesOf(needs.probe),
        (ids) => !ids.includes(booked),
      ),
    ).not.toContain(booked);

    // The second need overlaps: refused, and its match stays proposed.
    const refused = await gql(accept(needs.second, 'm-2'), { token: sapaManager, consistency: [accepted], language: 'en' });
    expect(errorOf(refused)).toEqual({ code: 'NEED.GROUP_ALREADY_BOOKED', field: 'matchId' });
    expect((await needOf(needs.second)).matches).toEqual([expect.objectContaining({ matchId: 'm-2', status: 'proposed' })]);
    expect((await groupOf(booked, sapaManager)).heldBookingCount).toBe(1);

    // The first need is cancelled: the reactor frees the group's days, and the second accepts it.
    const cancelled = await mutate(
      `mutation { cancelNeed(input: { needId: "${needs.first}", reason: "Đoàn khách huỷ chuyến" }) { consistencyToken } }`,
      sapaManager,
      [accepted],
    );
    expect((await needOf(needs.first, [cancelled])).status).toBe('cancelled');
    const freed = await eventually(
      () => groupOf(booked, sapaManager),
      (value) => value.heldBookingCount === 0,
    );
    expect(freed.heldBookingCount).toBe(0);
    expect(
      await eventually(
        () => candidatesOf(needs.probe),
        (ids) => ids.includes(booked),
      ),
    ).toContain(booked);
    const secondAccepted = await mutate(accept(needs.second, 'm-2'), sapaManager, [cancelled]);
    expect((await needOf(needs.second, [secondAccepted])).quantities).toEqual({ requested: 5, proposed: 0, committed: 5, delivered: 0, outstanding: 0 });
    expect(
      (
        await eventually(
          () => groupOf(booked, sapaManager),
          (value) => value.heldBookingCount === 1,
        )
      ).heldBookingCount,
    ).toBe(1);
    // The probe's days (4 to 5) do not meet the second need's (6 to 9): it is a candidate there still.
    expect(await candidatesOf(needs.probe)).toContain(booked);

    // Needs whose days all meet accept the same group at once: whichever way each race goes, one
    // match holds the days and every other ends up not accepted: refused (still proposed), or,
    // accepted before the booking was seen, released by the reactor as double-booked.
    const race = await Promise.all(
      raceNeeds.map((needId, n) => gql(accept(needId, `m-race-${n}`), { token: sapaManager, consistency: offered, language: 'en' })),
    );
    for (const answer of race) if (answer.errors) expect(errorOf(answer)).toEqual({ code: 'NEED.GROUP_ALREADY_BOOKED', field: 'matchId' });
    const acceptedAtOnce = race.filter((answer) => !answer.errors).length;
    expect(acceptedAtOnce).toBeGreaterThanOrEqual(1);
    const raced = async () => Promise.all(raceNeeds.map(async (needId) => needOf(needId)));
    const settled = await eventually(raced, (found) => {
      const statuses = found.map((need) => need.matches[0].status as string);
      return (
        statuses.filter((status) => status === 'accepted').length === 1 && statuses.filter((status) => status === 'released').length === acceptedAtOnce - 1
      );
    });
    settled.forEach((need, n) => {
      const [match] = need.matches;
      if (match.status === 'accepted') expect(need.quantities).toMatchObject({ committed: 5, outstanding: 0 });
      else if (race[n]!.errors)
        expect({ match, quantities: need.quantities }).toMatchObject({ match: { status: 'proposed', releaseReason: null }, quantities: { committed: 0 } });
      else
        expect({ match, quantities: need.quantities }).toMatchObject({
          match: { status: 'released', releaseReason: 'group-double-booked' },
          quantities: { committed: 0 },
        });
    });
    expect(settled.filter((need) => need.matches[0].status === 'accepted')).toHaveLength(1);
    expect(
      (
        await eventually(
          () => groupOf(groups.raced.groupId, sapaManager),
          (value) => value.heldBookingCount === 1,
        )
      ).heldBookingCount,
    ).toBe(1);
  }, 150_000);

  it('records a completed activity on the groups that took part, dated its completion, and keeps them active; a group with no sign of life for a year reads dormant', async () => {
    const registered = await Promise.all(
      [groups.active, groups.late, groups.idle].map((profile) => mutate(registerGroupMutation(profile), sapaManager, setUp)),
    );
    const campaignId = id('he-sp');
    const activityId = id('hd-so-cuu');
    const launched = await mutate(
      `mutation { launchCampaign(input: { campaignId: "${campaignId}", organiserUnitId: "${sapa}", definition: { name: "Hè tình nguyện Sa Pa", kind: "peak", peakTemplate: "summer-volunteer", domains: ["public-health"], startsOn: "${day(-20)}", endsOn: "${day(60)}", goals: [{ measure: "beneficiaries", target: 100 }], initiator: "union" }, launchedOn: "${day(-25)}" }) { consistencyToken } }`,
      sapaManager,
      setUp,
    );
    let written = await mutate(
      `mutation { proposeActivity(input: { activityId: "${activityId}", name: "Tập huấn sơ cứu cho học sinh", campaignId: "${campaignId}", organiserUnitId: "${sapa}", domains: ["public-health"], location: { unitId: "${sapa}", site: "Trường THCS Sa Pa" }, responsibleCadreId: "${cadre}", initiator: "union", proposedOn: "${day(-20)}" }) { consistencyToken } }`,
      sapaManager,
      [launched],
    );
    written = await mutate(
      `mutation { planActivity(input: { activityId: "${activityId}", startsOn: "${day(-2)}", endsOn: "${day(-1)}", plannedOn: "${day(-19)}" }) { consistencyToken } }`,
      sapaManager,
      [written],
    );
    written = await mutate(`mutation { prepareActivity(input: { activityId: "${activityId}", preparedOn: "${day(-3)}" }) { consistencyToken } }`, sapaManager, [
      written,
    ]);
    written = await mutate(
      `mutation { startActivity(input: { activityId: "${activityId}", startedAt: "${day(-2)}T07:00:00+07:00" }) { consistencyToken } }`,
      sapaManager,
      [written],
    );
    // One group is named while the activity runs (the campaigns' copy of the network may be a moment behind).
    const participants = (groupIds: string[]) =>
      `mutation { recordActivityParticipants(activityId: "${activityId}", groupIds: ${list(groupIds)}, partnerIds: []) { consistencyToken } }`;
    written = await mutateOnceCopied(participants([groups.active.groupId]), sapaManager, [written, ...registered]);
    // Nothing is recorded on the group before the activity is completed.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await groupOf(groups.active.groupId, sapaManager)).toMatchObject({ activityCount: 0, lastActivityOn: null });

    // Completed yesterday afternoon (Vietnam): the group took part on that day, not on the day the reactor ran.
    written = await mutate(
      `mutation { completeActivity(input: { activityId: "${activityId}", completedAt: "${day(-1)}T16:00:00+07:00" }) { consistencyToken } }`,
      sapaManager,
      [written],
    );
    const took = await eventually(
      () => groupOf(groups.active.groupId, sapaManager),
      (value) => value.activityCount === 1,
    );
    expect(took).toMatchObject({ status: 'active', activityCount: 1, lastActivityOn: day(-1) });

    // A later record corrects who took part: the group named since is recorded too (on the completion day), the first not twice.
    const corrected = await mutateOnceCopied(participants([groups.active.groupId, groups.late.groupId]), sapaManager, [written]);
    expect((await read(`{ activity(id: "${activityId}") { status participantGroupIds } }`, sapaManager, [corrected]))['activity']).toEqual({
      status: 'completed',
      participantGroupIds: [groups.active.groupId, groups.late.groupId],
    });
    const late = await eventually(
      () => groupOf(groups.late.groupId, sapaManager),
      (value) => value.activityCount === 1,
    );
    expect(late).toMatchObject({ status: 'active', activityCount: 1, lastActivityOn: day(-1) });
    expect(await groupOf(groups.active.groupId, sapaManager)).toMatchObject({ activityCount: 1, lastActivityOn: day(-1) });
    expect(await groupOf(groups.idle.groupId, sapaManager)).toMatchObject({ status: 'active', activityCount: 0, lastActivityOn: null });

    // Registration dates cannot be backdated: the twelve-month window is read on later dates instead.
    // The idle group's last sign of life is its registration today; the active group's, today too
    // (its activity yesterday is older): both are active within a year and dormant after it.
    for (const groupId of [groups.idle.groupId, groups.active.groupId]) {
      expect((await groupOf(groupId, sapaManager, day(300)))['status']).toBe('active');
      expect((await groupOf(groupId, sapaManager, day(400)))['status']).toBe('dormant');
    }
    const dormantLater = (await read(`{ unitGroups(unitId: "${sapa}", asOf: "${day(400)}", status: "dormant") { nodes { id } } }`, sapaManager))['unitGroups'];
    expect(dormantLater.nodes.map((node: { id: string }) => node.id)).toEqual(expect.arrayContaining([groups.idle.groupId, groups.active.groupId]));
  }, 150_000);

  // The registry takes mergers dated ahead (decided weeks before they count). Two defects are
  // reported against the network context and pinned here as failing: the group's owner becomes
  // the successor at once (its old host's managers are refused until the date), and a group
  // affiliated with the old host after the merger was recorded is never carried. Each turns into
  // a plain `it` once fixed.
  describe('a merger decided ahead of its date', () => {
    let merger = '';
    const [bankhoangManager, taphinManager] = [manager(bankhoang), manager(taphin)];

    beforeAll(async () => {
      const registered = await mutate(registerGroupMutation(groups.bankhoang), bankhoangManager, setUp);
      merger = await mutate(
        `mutation { mergeUnits(input: { sourceUnitIds: ["${bankhoang}"], intoExistingUnitId: "${taphin}", effectiveFrom: "${day(1)}" }) { consistencyToken } }`,
        admin,
        [registered],
      );
    });

    it('carries the group from the merger’s date: its old host hosts it until then', async () => {
      const carried = await eventually(
        () => groupOf(groups.bankhoang.groupId, taphinManager, undefined, [merger]),
        (value) => value.affiliations.length === 2,
      );
      expect(carried.affiliations).toEqual([
        { unitId: bankhoang, from: day(0), to: day(0), reason: 'registered' },
        { unitId: taphin, from: day(1), to: null, reason: 'unit-merged' },
      ]);
      expect(carried.hostUnitId).toBe(bankhoang);
      expect((await groupOf(groups.bankhoang.groupId, taphinManager, day(1)))['hostUnitId']).toBe(taphin);
    });

    it('lets the old host’s manager act on the group until the merger’s date', async () => {
      await eventually(
        () => groupOf(groups.bankhoang.groupId, taphinManager, undefined, [merger]),
        (value) => value.affiliations.length === 2,
      );
      const declared = await gql(
        `mutation { declareGroupStatus(input: { groupId: "${groups.bankhoang.groupId}", status: "active", reason: "Đội vẫn sinh hoạt trước ngày sáp nhập" }) { consistencyToken } }`,
        { token: bankhoangManager, language: 'en' },
      );
      expect(errorOf(declared).code).toBeUndefined();
    });

    it.failing('carries a group its old host registers after the merger was decided, before its date', async () => {
      const registered = await mutate(registerGroupMutation(groups.bankhoangLater), bankhoangManager, [merger]);
      const later = await eventually(
        () => groupOf(groups.bankhoangLater.groupId, taphinManager, undefined, [registered]),
        (value) => value.affiliations.length === 2,
        10_000,
      );
      expect(later.affiliations).toEqual([
        { unitId: bankhoang, from: day(0), to: day(0), reason: 'registered' },
        { unitId: taphin, from: day(1), to: null, reason: 'unit-merged' },
      ]);
    });
  });
});
