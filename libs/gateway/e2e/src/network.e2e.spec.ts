import { randomUUID } from 'node:crypto';
import { isolatedSuite } from '@tn/shared-testing';
import { errorOf, type Platform, startPlatform, tokenFor, unitInput } from './harness';
import {
  GROUP_FIELDS,
  type GroupProfile,
  list,
  NEED_FIELDS,
  networkKit,
  openPartnerAccountMutation,
  registerGroupMutation,
  registerVolunteerMutation,
  signedIn,
} from './network.test-fixtures';

// Issue 15 through real servers: GraphQL → Kafka → network service (its copies of the registry
// and of the campaigns, its booking and group-activity reactors) → events → gateway read models
// → GraphQL; and the network's groups, partners and agreements → the campaigns service's copy.
// Lào Cai's two communes register five groups (one self-formed, verified by its commune), the
// province forms a network with a Yên Bái group too, signs an MoU with a business whose account
// reads only what concerns it, and a commune's activity survey raises needs matched to a group
// (never booked twice) and to the business.
describe('the network context through the GraphQL gateway (real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('network e2e');
  const run = randomUUID().slice(0, 6);
  const id = (name: string) => `${run}-${name}`;
  let platform: Platform;
  const { gql, mutate, read, eventually, mutateOnceCopied, day } = networkKit(() => platform);

  // Lào Cai with two communes; Yên Bái with one.
  const province = id('lao-cai');
  const [tavan, batxat] = [id('ta-van'), id('bat-xat')];
  const otherProvince = id('yen-bai');
  const otherCommune = id('mu-cang-chai');

  // Accounts with known ids (acts record who did them).
  const admin = tokenFor([{ role: 'system-admin', unitId: null }]);
  const manager = (unitId: string) => tokenFor([{ role: 'unit-manager', unitId }], { sub: `acc-${unitId}` });
  const provinceManager = manager(province);
  const tavanManager = manager(tavan);
  const batxatManager = manager(batxat);
  const otherProvinceManager = manager(otherProvince);
  const otherCommuneManager = manager(otherCommune);

  // People of the registry who lead groups (by id only in the network); one signs in with an account of their own.
  const leaders = { tavan1: id('ld-tv-1'), tavan2: id('ld-tv-2'), batxat1: id('ld-bx-1'), batxat2: id('ld-bx-2'), yenbai: id('ld-yb'), self: id('ld-tu-lap') };
  const cadre = id('can-bo');
  const selfUsername = `tu-lap.${run}`;
  const partnerUsername = `doanh-nghiep.${run}`;
  const password = 'mat-khau-du-dai-2025';
  let selfToken = '';
  let partnerToken = '';
  let partnerAccountId = '';
  const leaderToken = (personId: string) => tokenFor([], { kind: 'volunteer', personId });

  const groups = {
    tavanTeam: id('g-tv-doi'),
    tavanFirstAid: id('g-tv-so-cuu'),
    /** Made by the server when its leader registers it. */
    tavanSelf: '',
    batxatExam: id('g-bx-tiep-suc'),
    batxatSchool: id('g-bx-tieng-anh'),
    yenbai: id('g-yb-doi'),
  };
  const registered: GroupProfile[] = [
    {
      groupId: groups.tavanTeam,
      name: 'Đội thanh niên tình nguyện Tả Van',
      kind: 'team',
      origin: 'union-founded',
      hostUnitId: tavan,
      fields: ['social-security', 'public-health'],
      leaderPersonIds: [leaders.tavan1],
      size: 25,
    },
    {
      groupId: groups.tavanFirstAid,
      name: 'Câu lạc bộ sơ cấp cứu Tả Van',
      kind: 'club',
      origin: 'union-founded',
      hostUnitId: tavan,
      fields: ['public-health'],
      leaderPersonIds: [leaders.tavan2],
      size: 12,
    },
    {
      groupId: groups.batxatExam,
      name: 'Đội tiếp sức mùa thi Bát Xát',
      kind: 'team',
      origin: 'union-founded',
      hostUnitId: batxat,
      fields: ['children-care-education'],
      leaderPersonIds: [leaders.batxat1],
      size: 30,
    },
    {
      groupId: groups.batxatSchool,
      name: 'Câu lạc bộ tiếng Anh trường THPT Bát Xát',
      kind: 'club',
      origin: 'school',
      hostUnitId: batxat,
      fields: ['digital-transformation'],
      leaderPersonIds: [leaders.batxat2],
      size: 40,
    },
  ];
  const yenbaiGroup: GroupProfile = {
    groupId: groups.yenbai,
    name: 'Đội tình nguyện Mù Cang Chải',
    kind: 'team',
    origin: 'union-founded',
    hostUnitId: otherCommune,
    fields: ['disaster-prevention-response'],
    leaderPersonIds: [leaders.yenbai],
    size: 20,
  };

  const networkId = id('mang-luoi');
  const partners = { laocai: id('dn-sach-lc'), yenbai: id('dn-yb') };
  const agreements = { laocai: id('mou-lc'), yenbai: id('mou-yb') };
  const campaignId = id('he-tv');
  const activityId = id('hd-kham-benh');
  const needs = { people: id('nc-nguoi'), items: id('nc-do-dung'), overlap: id('nc-trung-ngay') };
  const matches = { team: id('m-doi'), firstAid: id('m-so-cuu'), partner: id('m-dn'), otherPartner: id('m-dn-yb'), teamAgain: id('m-doi-lan-2') };

  let setUp: string[] = [];
  /** The last write each later test waits for. */
  let last: string[] = [];

  const groupOf = async (groupId: string, token = provinceManager, consistency: string[] = []) =>
    (await read(`{ group(id: "${groupId}") { ${GROUP_FIELDS} } }`, token, consistency))['group'];
  const needOf = async (needId: string, token = tavanManager, consistency: string[] = []) =>
    (await read(`{ need(id: "${needId}") { ${NEED_FIELDS} } }`, token, consistency))['need'];

  beforeAll(async () => {
    platform = await startPlatform(suite, { campaigns: true, network: true });
    const created = await mutate(`mutation { createUnit(input: ${unitInput(province, 'Tỉnh đoàn Lào Cai', null, '2020-01-01')}) { consistencyToken } }`, admin);
    const units = [created];
    for (const [unitId, name] of [
      [tavan, 'Đoàn xã Tả Van'],
      [batxat, 'Đoàn xã Bát Xát'],
    ] as const) {
      units.push(await mutate(`mutation { createUnit(input: ${unitInput(unitId, name, province, '2020-01-01')}) { consistencyToken } }`, admin, [created]));
    }
    const other = await mutate(
      `mutation { createUnit(input: ${unitInput(otherProvince, 'Tỉnh đoàn Yên Bái', null, '2020-01-01')}) { consistencyToken } }`,
      admin,
    );
    units.push(
      other,
      await mutate(
        `mutation { createUnit(input: ${unitInput(otherCommune, 'Đoàn xã Mù Cang Chải', otherProvince, '2020-01-01')}) { consistencyToken } }`,
        admin,
        [other],
      ),
    );

    const homes: [string, string, string][] = [
      [leaders.tavan1, 'Sùng A Dế', tavan],
      [leaders.tavan2, 'Lý Thị Mẩy', tavan],
      [leaders.batxat1, 'Vàng A Chứ', batxat],
      [leaders.batxat2, 'Lò Thị Hương', batxat],
      [leaders.yenbai, 'Giàng A Tủa', otherCommune],
      [leaders.self, 'Thào Thị Mai', tavan],
    ];
    const people = await Promise.all(homes.map(([personId, name, unitId], n) => mutate(registerVolunteerMutation(personId, name, unitId, n), admin, units)));
    // The cadre responsible for the commune's activity.
    const cadreRegistered = await mutate(
      `mutation { registerCadre(input: { cadreId: "${cadre}", fullName: "Hoàng Văn Minh", registeredOn: "2020-01-02", registeringUnitId: "${tavan}" }) { consistencyToken } }`,
      admin,
      units,
    );
    people.push(
      await mutate(
        `mutation { appointCadre(input: { cadreId: "${cadre}", unitId: "${tavan}", title: "Phó Bí thư", dedicatedToVolunteerWork: true, termStart: "2020-01-02" }) { consistencyToken } }`,
        admin,
        [cadreRegistered],
      ),
    );
    // The self-formed group's leader signs in with an account of their own; the business with a partner account.
    const selfAccount = await mutate(
      `mutation { openAccount(input: { username: "${selfUsername}", password: "${password}", kind: "volunteer", personId: "${leaders.self}", roles: [{ role: "volunteer", unitId: "${tavan}" }], openedOn: "${day(-1)}" }) { consistencyToken } }`,
      admin,
      people,
    );
    const opened = await gql(openPartnerAccountMutation(partnerUsername, password, province, day(-1)), { token: admin, consistency: units });
    expect(opened.errors).toBeUndefined();
    partnerAccountId = opened.data!['openAccount'].id as string;
    selfToken = await signedIn(gql, selfUsername, password);
    partnerToken = await signedIn(gql, partnerUsername, password);
    setUp = [...units, ...people, selfAccount, opened.data!['openAccount'].consistencyToken as string];
    expect((await read(`{ me { kind personId } }`, selfToken, setUp))['me']).toEqual({ kind: 'volunteer', personId: leaders.self });
  }, 180_000);

  // Stopping four services and dropping their databases outlasts the default.
  afterAll(async () => {
    await platform?.stop();
  }, 180_000);

  it('registers the communes’ groups, and a self-formed one that stays pending until its commune (not another) verifies it', async () => {
    const written = await Promise.all(
      registered.map((group) => mutate(registerGroupMutation(group), group.hostUnitId === tavan ? tavanManager : batxatManager, setUp)),
    );
    written.push(await mutate(registerGroupMutation(yenbaiGroup), otherCommuneManager, setUp));
    const team = await groupOf(groups.tavanTeam, tavanManager, written);
    expect(team).toMatchObject({
      channel: 'unit',
      status: 'active',
      hostUnitId: tavan,
      verifiedBy: `acc-${tavan}`,
      verifiedOn: day(0),
      registeredOn: day(0),
      leaderPersonIds: [leaders.tavan1],
      affiliations: [{ unitId: tavan, from: day(0), to: null, reason: 'registered' }],
    });

    // The leader signs in and registers their own group (they are added to its leaders), proposing Tả Van as its host.
    const self = await gql(
      `mutation { selfRegisterGroup(input: { groupId: "${id('id-tu-chon')}", name: "Nhóm thiện nguyện bản Hồ", kind: "group", origin: "self-formed", proposedHostUnitId: "${tavan}", fields: ["children-care-education"], size: 8, leaderPersonIds: ["${leaders.self}"] }) { id consistencyToken } }`,
      { token: selfToken, consistency: setUp },
    );
    expect(self.errors).toBeUndefined();
    // The server makes the id (one of the leader's choosing would tell whether a group exists elsewhere).
    groups.tavanSelf = self.data!['selfRegisterGroup'].id as string;
    expect(groups.tavanSelf).not.toBe(id('id-tu-chon'));
    const selfWritten = self.data!['selfRegisterGroup'].consistencyToken as string;
    const pending = await groupOf(groups.tavanSelf, selfToken, [selfWritten]);
    expect(pending).toMatchObject({
      channel: 'self',
      origin: 'self-formed',
      status: 'pending-verification',
      hostUnitId: tavan,
      proposedHostUnitId: tavan,
      leaderPersonIds: [leaders.self],
      registeredOn: day(0),
      verifiedBy: null,
      verifiedOn: null,
      affiliations: [],
    });
    const tavanList = async (consistency: string[] = []) =>
      (await read(`{ unitGroups(unitId: "${tavan}") { totalCount totals { status count } nodes { id status } } }`, tavanManager, consistency))['unitGroups'];
    const before = await tavanList([selfWritten]);
    expect(before.totals).toEqual(
      expect.arrayContaining([
        { status: 'pending-verification', count: 1 },
        { status: 'active', count: 2 },
      ]),
    );

    // Another commune's manager may not verify it; nor may its own leader.
    const verify = `mutation { verifyGroup(input: { groupId: "${groups.tavanSelf}" }) { consistencyToken } }`;
    const byOtherCommune = await gql(verify, { token: batxatManager, language: 'en' });
    const byItsLeader = await gql(verify, { token: selfToken, language: 'en' });
    expect((await groupOf(groups.tavanSelf, tavanManager)).status).toBe('pending-verification');

    const verified = await mutate(verify, tavanManager);
    const after = await groupOf(groups.tavanSelf, tavanManager, [verified]);
    expect(after).toMatchObject({
      status: 'active',
      hostUnitId: tavan,
      currentHostUnitId: tavan,
      verifiedBy: `acc-${tavan}`,
      verifiedOn: day(0),
      affiliations: [{ unitId: tavan, from: day(0), to: null, reason: 'verified' }],
    });
    // Verifying twice is refused: it is verified already.
    expect(errorOf(await gql(verify, { token: tavanManager, language: 'en' })).code).toBe('GROUP.ALREADY_VERIFIED');
    expect((await tavanList()).totals).toEqual(
      expect.arrayContaining([
        { status: 'pending-verification', count: 0 },
        { status: 'active', count: 3 },
      ]),
    );

    // The province sees the five groups of its two communes (not Yên Bái's), each active.
    const provinceList = (
      await read(`{ unitGroups(unitId: "${province}", includeSubtree: true) { totalCount nodes { id hostUnitId status } } }`, provinceManager, written)
    )['unitGroups'];
    expect(provinceList.totalCount).toBe(5);
    expect(provinceList.nodes.map((node: { id: string }) => node.id).sort()).toEqual(
      [groups.tavanTeam, groups.tavanFirstAid, groups.tavanSelf, groups.batxatExam, groups.batxatSchool].sort(),
    );
    expect(new Set(provinceList.nodes.map((node: { status: string }) => node.status))).toEqual(new Set(['active']));
    // The commune's own list holds only its own.
    expect((await read(`{ unitGroups(unitId: "${batxat}") { totalCount } }`, batxatManager))['unitGroups']).toEqual({ totalCount: 2 });
    last = [verified, ...written];
    // Checked last, so that the scenario goes on whatever they answered: both were refused, as for a group that does not exist.
    const unknown = await gql(`mutation { verifyGroup(input: { groupId: "${id('khong-co')}" }) { consistencyToken } }`, {
      token: batxatManager,
      language: 'en',
    });
    expect(errorOf(byOtherCommune)).toEqual({ code: 'FORBIDDEN', field: undefined });
    expect(byOtherCommune.errors![0]!.message).toBe(unknown.errors![0]!.message);
    expect(errorOf(byItsLeader).code).toBe('FORBIDDEN');
  });

  it('forms a provincial network of groups of both communes and of Yên Bái, with dated memberships', async () => {
    let written = await mutate(
      `mutation { formNetwork(input: { networkId: "${networkId}", name: "Mạng lưới tình nguyện vì trẻ em vùng cao Lào Cai", kind: "network", reach: "provincial", ownerUnitId: "${province}", fields: ["children-care-education", "social-security"], purpose: "Kết nối các đội nhóm hỗ trợ trẻ em vùng cao" }) { consistencyToken } }`,
      provinceManager,
      last,
    );
    const admit = (kind: string, memberId: string, from: string) =>
      `mutation { admitNetworkMember(input: { networkId: "${networkId}", memberKind: "${kind}", memberId: "${memberId}", from: "${from}" }) { consistencyToken } }`;
    for (const [memberId, from] of [
      [groups.tavanTeam, day(-30)],
      [groups.batxatExam, day(-20)],
      [groups.yenbai, day(-5)],
      [groups.tavanSelf, day(0)],
    ] as const) {
      written = await mutate(admit('group', memberId, from), provinceManager, [written]);
    }
    // A current member is not admitted twice.
    const again = await gql(admit('group', groups.tavanTeam, day(0)), { token: provinceManager, consistency: [written], language: 'en' });
    expect(errorOf(again)).toEqual({ code: 'NETWORK.ALREADY_MEMBER', field: 'member.id' });
    written = await mutate(
      `mutation { endNetworkMembership(input: { networkId: "${networkId}", memberKind: "group", memberId: "${groups.batxatExam}", to: "${day(-2)}", reason: "Chuyển sang mạng lưới của huyện" }) { consistencyToken } }`,
      provinceManager,
      [written],
    );

    const membersOn = async (on: string) =>
      (
        (await read(`{ network(id: "${networkId}") { members(on: "${on}") { memberKind memberId from to } } }`, provinceManager, [written]))['network']
          .members as { memberId: string }[]
      ).sort((a, b) => a.memberId.localeCompare(b.memberId));
    const sorted = <T extends { memberId: string }>(members: T[]) => [...members].sort((a, b) => a.memberId.localeCompare(b.memberId));
    expect(await membersOn(day(-25))).toEqual([{ memberKind: 'group', memberId: groups.tavanTeam, from: day(-30), to: null }]);
    expect(await membersOn(day(-3))).toEqual(
      sorted([
        { memberKind: 'group', memberId: groups.tavanTeam, from: day(-30), to: null },
        { memberKind: 'group', memberId: groups.batxatExam, from: day(-20), to: day(-2) },
        { memberKind: 'group', memberId: groups.yenbai, from: day(-5), to: null },
      ]),
    );
    expect(await membersOn(day(0))).toEqual(
      sorted([
        { memberKind: 'group', memberId: groups.tavanTeam, from: day(-30), to: null },
        { memberKind: 'group', memberId: groups.yenbai, from: day(-5), to: null },
        { memberKind: 'group', memberId: groups.tavanSelf, from: day(0), to: null },
      ]),
    );
    const network = (
      await read(`{ network(id: "${networkId}") { status reach ownerUnitId formedBy formedOn currentMemberCount } }`, provinceManager, [written])
    )['network'];
    expect(network).toEqual({
      status: 'active',
      reach: 'provincial',
      ownerUnitId: province,
      formedBy: `acc-${province}`,
      formedOn: day(0),
      currentMemberCount: 3,
    });

    // Membership is not affiliation: Yên Bái's group reads its Lào Cai network and stays hosted by its own commune.
    const ofMember = (
      await read(
        `{ networksOfMember(memberKind: "group", memberId: "${groups.yenbai}") { totalCount nodes { networkId current periods { from to admittedBy } network { ownerUnitId } } } }`,
        otherCommuneManager,
        [written],
      )
    )['networksOfMember'];
    expect(ofMember).toEqual({
      totalCount: 1,
      nodes: [{ networkId, current: true, periods: [{ from: day(-5), to: null, admittedBy: `acc-${province}` }], network: { ownerUnitId: province } }],
    });
    expect(await groupOf(groups.yenbai, otherCommuneManager)).toMatchObject({ hostUnitId: otherCommune, status: 'active' });
    last = [written];
  });

  it('registers a business, links its partner account, and signs an MoU committing goods, in force today', async () => {
    let written = await mutate(
      `mutation { registerPartner(input: { partnerId: "${partners.laocai}", name: "Công ty CP Sách và Thiết bị trường học Lào Cai", kind: "business", ownerUnitId: "${province}", website: "https://sach-lao-cai.example.vn" }) { consistencyToken } }`,
      provinceManager,
      last,
    );
    const otherPartner = await mutate(
      `mutation { registerPartner(input: { partnerId: "${partners.yenbai}", name: "Hợp tác xã Chè Suối Giàng", kind: "business", ownerUnitId: "${otherProvince}" }) { consistencyToken } }`,
      otherProvinceManager,
    );
    // The network's copy of the registry's accounts may be a moment behind the account's opening.
    written = await mutateOnceCopied(
      `mutation { linkPartnerAccount(input: { partnerId: "${partners.laocai}", accountId: "${partnerAccountId}" }) { consistencyToken } }`,
      provinceManager,
      [written, ...setUp],
    );
    const commitments = `[{ commitmentId: "do-dung", kind: "items", description: "Bộ đồ dùng học tập", quantity: 500, measure: "bộ" }, { commitmentId: "kinh-phi", kind: "money", description: "Kinh phí vận chuyển", quantity: 50000000, measure: "VND" }]`;
    written = await mutate(
      `mutation { signAgreement(input: { agreementId: "${agreements.laocai}", partnerId: "${partners.laocai}", title: "Biên bản ghi nhớ hợp tác vì trẻ em vùng cao", scope: "Hỗ trợ đồ dùng học tập cho học sinh các xã vùng cao", fields: ["children-care-education", "social-security"], leadUnitId: "${province}", partyUnitIds: ["${tavan}", "${batxat}"], signedOn: "${day(-10)}", validFrom: "${day(-10)}", validTo: "${day(355)}", commitments: ${commitments} }) { consistencyToken } }`,
      provinceManager,
      [written],
    );
    const otherAgreement = await mutate(
      `mutation { signAgreement(input: { agreementId: "${agreements.yenbai}", partnerId: "${partners.yenbai}", title: "Thoả thuận hỗ trợ Mù Cang Chải", scope: "Hỗ trợ nhu yếu phẩm", fields: ["disaster-prevention-response"], leadUnitId: "${otherProvince}", partyUnitIds: [], signedOn: "${day(-3)}", validFrom: "${day(-3)}", validTo: "${day(100)}", commitments: [{ commitmentId: "gao", kind: "items", description: "Gạo", quantity: 1000, measure: "kg" }] }) { consistencyToken } }`,
      otherProvinceManager,
      [otherPartner],
    );

    const agreementOn = async (asOf: string) =>
      (await read(`{ agreement(id: "${agreements.laocai}", asOf: "${asOf}") { status asOf } }`, provinceManager, [written]))['agreement'];
    const agreement = (
      await read(
        `{ agreement(id: "${agreements.laocai}") { id partnerId leadUnitId partyUnitIds status asOf signedOn validFrom validTo recordedBy commitments { commitmentId kind quantity measure } } }`,
        provinceManager,
        [written],
      )
    )['agreement'];
    expect(agreement).toEqual({
      id: agreements.laocai,
      partnerId: partners.laocai,
      leadUnitId: province,
      partyUnitIds: [tavan, batxat],
      status: 'in-force',
      asOf: day(0),
      signedOn: day(-10),
      validFrom: day(-10),
      validTo: day(355),
      recordedBy: `acc-${province}`,
      commitments: [
        { commitmentId: 'do-dung', kind: 'items', quantity: 500, measure: 'bộ' },
        { commitmentId: 'kinh-phi', kind: 'money', quantity: 50_000_000, measure: 'VND' },
      ],
    });
    expect(await agreementOn(day(-11))).toEqual({ status: 'not-yet-in-force', asOf: day(-11) });
    expect(await agreementOn(day(356))).toEqual({ status: 'expired', asOf: day(356) });
    // A party commune reads it among its agreements; the partner's record shows its linked account to its owner unit.
    const ofCommune = (await read(`{ unitAgreements(unitId: "${tavan}", status: "in-force") { nodes { id } } }`, tavanManager, [written]))['unitAgreements'];
    expect(ofCommune.nodes).toEqual([{ id: agreements.laocai }]);
    expect((await read(`{ partner(id: "${partners.laocai}") { kind countryCode accountIds } }`, provinceManager, [written]))['partner']).toEqual({
      kind: 'business',
      countryCode: 'VN',
      accountIds: [partnerAccountId],
    });
    // The business's own account reads as the partner, and its agreement in force.
    expect((await read(`{ myPartner { id name accountIds } }`, partnerToken, [written]))['myPartner']).toEqual({
      id: partners.laocai,
      name: 'Công ty CP Sách và Thiết bị trường học Lào Cai',
      accountIds: null,
    });
    expect((await read(`{ myAgreements { totalCount nodes { id status } } }`, partnerToken, [written]))['myAgreements']).toEqual({
      totalCount: 1,
      nodes: [{ id: agreements.laocai, status: 'in-force' }],
    });
    last = [written, otherAgreement];
  });

  it("raises needs from a commune activity's survey and ranks the commune's groups and the business as candidates", async () => {
    const launched = await mutate(
      `mutation { launchCampaign(input: { campaignId: "${campaignId}", organiserUnitId: "${tavan}", definition: { name: "Hè tình nguyện Tả Van", kind: "peak", peakTemplate: "summer-volunteer", domains: ["social-security", "children-care-education"], startsOn: "${day(-20)}", endsOn: "${day(60)}", goals: [{ measure: "trees", target: 100 }], initiator: "union" }, launchedOn: "${day(-25)}" }) { consistencyToken } }`,
      tavanManager,
      setUp,
    );
    const proposed = await mutate(
      `mutation { proposeActivity(input: { activityId: "${activityId}", name: "Khám sức khoẻ và tặng đồ dùng học tập cho trẻ em", campaignId: "${campaignId}", organiserUnitId: "${tavan}", domains: ["social-security"], location: { unitId: "${tavan}", site: "Điểm trường bản Hồ" }, responsibleCadreId: "${cadre}", initiator: "union", proposedOn: "${day(-20)}" }) { consistencyToken } }`,
      tavanManager,
      [launched],
    );
    const raise = (needId: string, fields: string) =>
      `mutation { raiseNeed(input: { needId: "${needId}", unitId: "${tavan}", source: "activity-survey", activityId: "${activityId}", ${fields}, placeUnitId: "${tavan}", from: "${day(-2)}", to: "${day(0)}", priority: "high" }) { id consistencyToken } }`;
    // The network's copy of the campaigns' activities may be a moment behind the proposal.
    const peopleNeed = await mutateOnceCopied(
      raise(
        needs.people,
        'kind: "people", description: "Tình nguyện viên hỗ trợ khám sức khoẻ cho trẻ em", skills: ["Sơ cứu"], fields: ["social-security"], quantity: 10, measure: "người"',
      ),
      tavanManager,
      [proposed],
    );
    const itemsNeed = await mutate(
      raise(needs.items, 'kind: "items", description: "Bộ đồ dùng học tập cho học sinh", fields: ["children-care-education"], quantity: 200, measure: "bộ"'),
      tavanManager,
      [proposed],
    );
    expect(await needOf(needs.people, tavanManager, [peopleNeed])).toMatchObject({
      source: 'activity-survey',
      activityId,
      kind: 'people',
      status: 'open',
      quantities: { requested: 10, proposed: 0, committed: 0, delivered: 0, outstanding: 10 },
      matches: [],
    });

    interface Candidate {
      kind: string;
      candidateId: string;
      score: number;
      agreementId: string | null;
      reasons: { code: string; unitId: string | null; matched: string[] | null }[];
    }
    const candidatesOf = async (needId: string, consistency: string[]) =>
      (
        await read(
          `{ needMatchCandidates(needId: "${needId}") { kind candidateId score agreementId reasons { code unitId matched } } }`,
          tavanManager,
          consistency,
        )
      )['needMatchCandidates'] as Candidate[];
    const forPeople = await candidatesOf(needs.people, [peopleNeed, ...last]);
    const ids = forPeople.map((candidate) => candidate.candidateId);
    // Tả Van's groups and the business whose MoU binds Tả Van; not Bát Xát's groups, nor Yên Bái's.
    expect(new Set(ids)).toEqual(new Set([groups.tavanTeam, groups.tavanFirstAid, groups.tavanSelf, partners.laocai]));
    // The commune's team serves the place, works in the need's field and gives people: it ranks first.
    expect(forPeople[0]).toEqual({
      kind: 'group',
      candidateId: groups.tavanTeam,
      score: 65,
      agreementId: null,
      reasons: [
        { code: 'SERVES_PLACE', unitId: tavan, matched: null },
        { code: 'FIELDS', unitId: null, matched: ['social-security'] },
        { code: 'OFFERS_KIND', unitId: null, matched: null },
      ],
    });
    const scores = forPeople.map((candidate) => candidate.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // For goods (no skill asked), the business under its MoU serves the place, works in the field and commits goods: a full score, first.
    const forItems = await candidatesOf(needs.items, [itemsNeed]);
    expect(forItems[0]).toMatchObject({ kind: 'partner', candidateId: partners.laocai, agreementId: agreements.laocai, score: 100 });
    expect(forItems.slice(1).every((candidate) => candidate.kind === 'group' && candidate.score < 100)).toBe(true);
    last = [peopleNeed, itemsNeed];
  }, 120_000);

  it('matches the people need to the team (accepted, never booked twice) and the goods need to the business, and records deliveries', async () => {
    const propose = (needId: string, matchId: string, kind: string, offererId: string, quantity: number, agreementId?: string) =>
      `mutation { proposeNeedMatch(input: { needId: "${needId}", matchId: "${matchId}", offererKind: "${kind}", offererId: "${offererId}", quantity: ${quantity}${agreementId ? `, agreementId: "${agreementId}"` : ''} }) { id consistencyToken } }`;
    const decide = (verb: string, needId: string, matchId: string, extra = '') =>
      `mutation { ${verb}(input: { needId: "${needId}", matchId: "${matchId}"${extra} }) { consistencyToken } }`;

    // The commune offers its team; the first-aid club's own leader offers their club.
    let written = await mutate(propose(needs.people, matches.team, 'group', groups.tavanTeam, 10), tavanManager, last);
    written = await mutate(propose(needs.people, matches.firstAid, 'group', groups.tavanFirstAid, 4), leaderToken(leaders.tavan2), [written]);
    expect((await needOf(needs.people, tavanManager, [written])).quantities).toEqual({
      requested: 10,
      proposed: 14,
      committed: 0,
      delivered: 0,
      outstanding: 10,
    });
    written = await mutate(decide('acceptNeedMatch', needs.people, matches.team), tavanManager, [written]);
    // Accepting the club too would commit 14 of 10.
    const over = await gql(decide('acceptNeedMatch', needs.people, matches.firstAid), { token: tavanManager, consistency: [written], language: 'en' });
    expect(errorOf(over)).toEqual({ code: 'NEED.OVER_COMMITTED', field: 'matchId' });
    written = await mutate(decide('declineNeedMatch', needs.people, matches.firstAid, ', reason: "Đã đủ người"'), tavanManager, [written]);
    expect((await needOf(needs.people, tavanManager, [written])).quantities).toEqual({
      requested: 10,
      proposed: 0,
      committed: 10,
      delivered: 0,
      outstanding: 0,
    });

    // The booking reactor books the team's dates on its own stream.
    const booked = await eventually(
      () => groupOf(groups.tavanTeam, tavanManager),
      (group) => group.heldBookingCount === 1,
    );
    expect(booked.heldBookingCount).toBe(1);

    // A second need on overlapping dates: the team is no candidate, and accepting it anyway is refused.
    const overlapping = await mutate(
      `mutation { raiseNeed(input: { needId: "${needs.overlap}", unitId: "${tavan}", source: "unit", kind: "people", description: "Dọn vệ sinh điểm trường", fields: ["social-security"], quantity: 5, measure: "người", placeUnitId: "${tavan}", from: "${day(-1)}", to: "${day(3)}" }) { consistencyToken } }`,
      tavanManager,
      [written],
    );
    const overlapCandidates = (await read(`{ needMatchCandidates(needId: "${needs.overlap}") { candidateId } }`, tavanManager, [overlapping]))[
      'needMatchCandidates'
    ].map((candidate: { candidateId: string }) => candidate.candidateId);
    expect(overlapCandidates).not.toContain(groups.tavanTeam);
    expect(overlapCandidates).toContain(groups.tavanFirstAid);
    const offeredAgain = await mutate(propose(needs.overlap, matches.teamAgain, 'group', groups.tavanTeam, 5), tavanManager, [overlapping]);
    const doubleBooked = await gql(decide('acceptNeedMatch', needs.overlap, matches.teamAgain), {
      token: tavanManager,
      consistency: [offeredAgain],
      language: 'en',
    });
    expect(errorOf(doubleBooked)).toEqual({ code: 'NEED.GROUP_ALREADY_BOOKED', field: 'matchId' });
    expect(doubleBooked.errors![0]!.message).toContain(day(-2));
    const stillOpen = await needOf(needs.overlap, tavanManager, [offeredAgain]);
    expect(stillOpen.quantities).toEqual({ requested: 5, proposed: 5, committed: 0, delivered: 0, outstanding: 5 });
    expect((await groupOf(groups.tavanTeam, tavanManager)).heldBookingCount).toBe(1);

    // The business offers goods under its MoU; Yên Bái's cooperative offers too, and is declined.
    written = await mutate(propose(needs.items, matches.partner, 'partner', partners.laocai, 150, agreements.laocai), tavanManager, [written]);
    written = await mutate(propose(needs.items, matches.otherPartner, 'partner', partners.yenbai, 30), tavanManager, [written]);
    written = await mutate(decide('acceptNeedMatch', needs.items, matches.partner), tavanManager, [written]);
    written = await mutate(decide('declineNeedMatch', needs.items, matches.otherPartner, ', reason: "Ngoài địa bàn"'), tavanManager, [written]);

    // Deliveries: the team brought its ten (the need is fulfilled); the business 120 of its 150.
    written = await mutate(decide('recordNeedMatchFulfilled', needs.people, matches.team, ', deliveredQuantity: 10'), tavanManager, [written]);
    written = await mutate(decide('recordNeedMatchFulfilled', needs.items, matches.partner, ', deliveredQuantity: 120'), tavanManager, [written]);
    const tooMuch = await gql(decide('recordNeedMatchFulfilled', needs.items, matches.partner, ', deliveredQuantity: 10'), {
      token: tavanManager,
      consistency: [written],
      language: 'en',
    });
    expect(errorOf(tooMuch)).toEqual({ code: 'NEED.MATCH_NOT_ACCEPTED', field: 'matchId' });

    const people = await needOf(needs.people, tavanManager, [written]);
    expect(people).toMatchObject({
      status: 'fulfilled',
      fulfilledOn: day(0),
      quantities: { requested: 10, proposed: 0, committed: 10, delivered: 10, outstanding: 0 },
      matches: [
        { matchId: matches.team, offererKind: 'group', offererId: groups.tavanTeam, quantity: 10, status: 'fulfilled', deliveredQuantity: 10 },
        { matchId: matches.firstAid, offererKind: 'group', offererId: groups.tavanFirstAid, quantity: 4, status: 'declined', deliveredQuantity: null },
      ],
    });
    const items = await needOf(needs.items, tavanManager, [written]);
    expect(items).toMatchObject({
      status: 'open',
      fulfilledOn: null,
      quantities: { requested: 200, proposed: 0, committed: 120, delivered: 120, outstanding: 80 },
      matches: [
        { matchId: matches.partner, offererKind: 'partner', agreementId: agreements.laocai, quantity: 150, status: 'fulfilled', deliveredQuantity: 120 },
        { matchId: matches.otherPartner, offererKind: 'partner', offererId: partners.yenbai, status: 'declined' },
      ],
    });
    const open = (await read(`{ unitNeeds(unitId: "${tavan}", status: "open") { nodes { id } } }`, tavanManager, [written]))['unitNeeds'];
    expect(open.nodes.map((node: { id: string }) => node.id).sort()).toEqual([needs.items, needs.overlap].sort());
    last = [written];
  }, 120_000);

  it("lets the business's account read its agreement and the need it holds a match on, and nothing of the province's people, groups or other partners", async () => {
    const matched = (
      await read(`{ myMatchedNeeds { totalCount nodes { id quantities { requested } matches { matchId offererId status } } } }`, partnerToken, last)
    )['myMatchedNeeds'];
    // Its own match only: not the cooperative's, declined on the same need.
    expect(matched).toEqual({
      totalCount: 1,
      nodes: [{ id: needs.items, quantities: { requested: 200 }, matches: [{ matchId: matches.partner, offererId: partners.laocai, status: 'fulfilled' }] }],
    });
    expect((await read(`{ need(id: "${needs.items}") { id matches { matchId } } }`, partnerToken))['need']).toEqual({
      id: needs.items,
      matches: [{ matchId: matches.partner }],
    });
    // A need it holds no match on, another partner's agreement and record read as unknown.
    const unknownToIt = await read(
      `{ need(id: "${needs.people}") { id } agreement(id: "${agreements.yenbai}") { id } partner(id: "${partners.yenbai}") { id } ownAgreement: agreement(id: "${agreements.laocai}") { id status } }`,
      partnerToken,
    );
    expect(unknownToIt).toEqual({ need: null, agreement: null, partner: null, ownAgreement: { id: agreements.laocai, status: 'in-force' } });
    // The province's volunteers, groups, needs and networks are not the business's to read.
    for (const query of [
      `{ volunteers(unitId: "${province}") { totalCount } }`,
      `{ volunteer(id: "${leaders.tavan1}") { id } }`,
      `{ unitGroups(unitId: "${tavan}") { totalCount } }`,
      `{ group(id: "${groups.tavanTeam}") { id } }`,
      `{ unitNeeds(unitId: "${tavan}") { totalCount } }`,
      `{ needMatchCandidates(needId: "${needs.items}") { candidateId } }`,
      `{ network(id: "${networkId}") { id } }`,
      `{ unitAgreements(unitId: "${province}") { totalCount } }`,
    ]) {
      const answer = await gql(query, { token: partnerToken });
      expect({ query, code: errorOf(answer).code, data: answer.data && Object.values(answer.data)[0] }).toEqual({ query, code: 'FORBIDDEN', data: null });
    }
    // A cadre has no partner of its own to read as.
    expect(errorOf(await gql(`{ myAgreements { totalCount } }`, { token: tavanManager })).code).toBe('FORBIDDEN');
  });

  it('records the groups and the business that took part, a resource given under the MoU, and the completed activity makes the groups active', async () => {
    let written = await mutate(
      `mutation { planActivity(input: { activityId: "${activityId}", startsOn: "${day(-2)}", endsOn: "${day(0)}", plannedOn: "${day(-19)}" }) { consistencyToken } }`,
      tavanManager,
      last,
    );
    written = await mutate(
      `mutation { prepareActivity(input: { activityId: "${activityId}", preparedOn: "${day(-3)}" }) { consistencyToken } }`,
      tavanManager,
      [written],
    );
    written = await mutate(
      `mutation { startActivity(input: { activityId: "${activityId}", startedAt: "${day(-2)}T07:00:00+07:00" }) { consistencyToken } }`,
      tavanManager,
      [written],
    );
    // The campaigns' copy of the network's directory may be a moment behind.
    const participants = `mutation { recordActivityParticipants(activityId: "${activityId}", groupIds: ${list([groups.tavanTeam, groups.tavanSelf])}, partnerIds: ${list([partners.laocai])}) { consistencyToken } }`;
    written = await mutateOnceCopied(participants, tavanManager, [written]);
    const unknownGroup = await gql(
      `mutation { recordActivityParticipants(activityId: "${activityId}", groupIds: ${list([groups.tavanTeam, id('khong-co')])}, partnerIds: []) { consistencyToken } }`,
      { token: tavanManager, language: 'en' },
    );
    expect(errorOf(unknownGroup)).toEqual({ code: 'ACTIVITY.PARTICIPANT_UNKNOWN', field: 'groupIds.1' });

    const resource = (resourceId: string, agreementId: string) =>
      `mutation { recordResourceMobilised(input: { activityId: "${activityId}", resourceId: "${resourceId}", source: "business", form: "in-kind", description: "Bộ đồ dùng học tập", quantity: 120, unit: "bộ", valuationVnd: 36000000, donorName: "Công ty CP Sách và Thiết bị trường học Lào Cai", receivedOn: "${day(0)}", agreementId: "${agreementId}" }) { consistencyToken } }`;
    written = await mutateOnceCopied(resource(id('do-dung'), agreements.laocai), tavanManager, [written]);
    // Yên Bái's agreement binds no unit above Tả Van: it answers as an agreement that does not exist (nothing of another province's MoU is told).
    const foreignAgreement = await gql(resource(id('gao'), agreements.yenbai), { token: tavanManager, language: 'en' });
    const unknownAgreement = await gql(resource(id('gao'), id('khong-co')), { token: tavanManager, language: 'en' });
    expect(errorOf(foreignAgreement)).toEqual({ code: 'RESOURCE.AGREEMENT_UNKNOWN', field: 'agreementId' });
    expect(foreignAgreement.errors![0]!.message.replace(agreements.yenbai, '…')).toBe(unknownAgreement.errors![0]!.message.replace(id('khong-co'), '…'));

    written = await mutate(
      `mutation { completeActivity(input: { activityId: "${activityId}", completedAt: "${new Date(Date.now() - 60_000).toISOString()}" }) { consistencyToken } }`,
      tavanManager,
      [written],
    );
    const activity = (
      await read(
        `{ activity(id: "${activityId}") { status participantGroupIds participantPartnerIds resources { id agreementId source quantity valueVnd } } }`,
        tavanManager,
        [written],
      )
    )['activity'];
    expect(activity).toEqual({
      status: 'completed',
      participantGroupIds: [groups.tavanTeam, groups.tavanSelf],
      participantPartnerIds: [partners.laocai],
      resources: [{ id: id('do-dung'), agreementId: agreements.laocai, source: 'business', quantity: 120, valueVnd: 36_000_000 }],
    });

    // The group-activity reactor records the activity on each group that took part, dated the day of completion.
    for (const groupId of [groups.tavanTeam, groups.tavanSelf]) {
      const group = await eventually(
        () => groupOf(groupId, tavanManager),
        (value) => value.activityCount === 1,
      );
      expect(group).toMatchObject({ activityCount: 1, lastActivityOn: day(0), status: 'active' });
    }
    // A group that did not take part records none.
    expect(await groupOf(groups.tavanFirstAid, tavanManager)).toMatchObject({ activityCount: 0, lastActivityOn: null, status: 'active' });
    const active = (await read(`{ unitGroups(unitId: "${tavan}", status: "active") { nodes { id activityCount } } }`, tavanManager))['unitGroups'];
    expect(
      active.nodes
        .filter((node: { activityCount: number }) => node.activityCount > 0)
        .map((node: { id: string }) => node.id)
        .sort(),
    ).toEqual([groups.tavanTeam, groups.tavanSelf].sort());
  }, 180_000);
});
