import { randomUUID } from 'node:crypto';
import { agreementCommandTypes, groupCommandTypes, needCommandTypes, networkCommandTypes, partnerCommandTypes } from '@tn/network-contracts';
import { isolatedSuite } from '@tn/shared-testing';
import { errorOf, type GqlResponse, type Platform, startPlatform, tokenFor, unitInput } from './harness';
import { list, NEED_FIELDS, networkKit, registerGroupMutation, registerVolunteerMutation } from './network.test-fixtures';

// Issue 15, probed: another province's manager acting on Lào Cai's groups, needs, networks,
// partners and agreements hears what they would hear for ids that do not exist, and changes
// nothing; bad input is refused naming the field, in Vietnamese and English; a mutation sent
// again under the same Idempotency-Key does not count twice; the service's own commands (its
// reactors') have no way in through GraphQL.
describe('probe: the network context (GraphQL gateway, real Kafka and MongoDB-wire server)', () => {
  const suite = isolatedSuite('probe-network e2e');
  const run = randomUUID().slice(0, 6);
  const id = (name: string) => `${run}-${name}`;
  let platform: Platform;
  const { gql, mutate, read, mutateOnceCopied, withKey, day } = networkKit(() => platform);

  const province = id('lao-cai');
  const tavan = id('ta-van');
  const otherProvince = id('yen-bai');
  const otherCommune = id('mu-cang-chai');
  const admin = tokenFor([{ role: 'system-admin', unitId: null }]);
  const provinceManager = tokenFor([{ role: 'unit-manager', unitId: province }], { sub: 'acc-lao-cai' });
  const tavanManager = tokenFor([{ role: 'unit-manager', unitId: tavan }], { sub: 'acc-ta-van' });
  /** The prober: Yên Bái's provincial manager. */
  const attacker = tokenFor([{ role: 'unit-manager', unitId: otherProvince }], { sub: 'acc-yen-bai' });

  const leaders = { tavan: id('ld-tv'), self: id('ld-tu-lap'), yenbai: id('ld-yb') };
  /** `pending` is made by the server when its leader registers it. */
  const groups = { tavan: id('g-tv'), pending: '', yenbai: id('g-yb') };
  const networkId = id('mang-luoi');
  const partners = { laocai: id('dn-lc'), yenbai: id('dn-yb') };
  const agreementId = id('mou-lc');
  const needId = id('nc-lc');
  const matchId = id('m-lc');
  const unknown = id('khong-co');

  let setUp: string[] = [];

  beforeAll(async () => {
    platform = await startPlatform(suite, { campaigns: true, network: true });
    const created = await mutate(`mutation { createUnit(input: ${unitInput(province, 'Tỉnh đoàn Lào Cai', null, '2020-01-01')}) { consistencyToken } }`, admin);
    const other = await mutate(
      `mutation { createUnit(input: ${unitInput(otherProvince, 'Tỉnh đoàn Yên Bái', null, '2020-01-01')}) { consistencyToken } }`,
      admin,
    );
    const units = [
      created,
      other,
      await mutate(`mutation { createUnit(input: ${unitInput(tavan, 'Đoàn xã Tả Van', province, '2020-01-01')}) { consistencyToken } }`, admin, [created]),
      await mutate(
        `mutation { createUnit(input: ${unitInput(otherCommune, 'Đoàn xã Mù Cang Chải', otherProvince, '2020-01-01')}) { consistencyToken } }`,
        admin,
        [other],
      ),
    ];
    const people = await Promise.all(
      (
        [
          [leaders.tavan, 'Sùng A Dế', tavan],
          [leaders.self, 'Thào Thị Mai', tavan],
          [leaders.yenbai, 'Giàng A Tủa', otherCommune],
        ] as const
      ).map(([personId, name, unitId], n) => mutate(registerVolunteerMutation(personId, name, unitId, n), admin, units)),
    );
    const selfRegistered = async () => {
      const result = await gql(
        `mutation { selfRegisterGroup(input: { name: "Nhóm thiện nguyện bản Hồ", kind: "group", origin: "self-formed", proposedHostUnitId: "${tavan}", fields: ["children-care-education"], size: 6, leaderPersonIds: ["${leaders.self}"] }) { id consistencyToken } }`,
        { token: tokenFor([], { kind: 'volunteer', personId: leaders.self }), consistency: people },
      );
      expect(result.errors).toBeUndefined();
      groups.pending = result.data!['selfRegisterGroup'].id as string;
      return result.data!['selfRegisterGroup'].consistencyToken as string;
    };
    // Lào Cai's records: a verified group, one pending verification, a network, a partner, an MoU, a need with a proposed match.
    const written = [
      await mutate(
        registerGroupMutation({
          groupId: groups.tavan,
          name: 'Đội thanh niên tình nguyện Tả Van',
          kind: 'team',
          origin: 'union-founded',
          hostUnitId: tavan,
          fields: ['social-security'],
          leaderPersonIds: [leaders.tavan],
          size: 20,
        }),
        tavanManager,
        people,
      ),
      await selfRegistered(),
      await mutate(
        registerGroupMutation({
          groupId: groups.yenbai,
          name: 'Đội tình nguyện Mù Cang Chải',
          kind: 'team',
          origin: 'union-founded',
          hostUnitId: otherCommune,
          fields: ['disaster-prevention-response'],
          leaderPersonIds: [leaders.yenbai],
          size: 15,
        }),
        attacker,
        people,
      ),
      await mutate(
        `mutation { formNetwork(input: { networkId: "${networkId}", name: "Mạng lưới tình nguyện Lào Cai", kind: "network", reach: "provincial", ownerUnitId: "${province}", fields: ["social-security"], purpose: "Kết nối các đội nhóm" }) { consistencyToken } }`,
        provinceManager,
        units,
      ),
      await mutate(
        `mutation { registerPartner(input: { partnerId: "${partners.yenbai}", name: "Hợp tác xã Chè Suối Giàng", kind: "business", ownerUnitId: "${otherProvince}" }) { consistencyToken } }`,
        attacker,
        units,
      ),
    ];
    const partner = await mutate(
      `mutation { registerPartner(input: { partnerId: "${partners.laocai}", name: "Công ty CP Sách Lào Cai", kind: "business", ownerUnitId: "${province}" }) { consistencyToken } }`,
      provinceManager,
      units,
    );
    written.push(
      await mutate(
        `mutation { signAgreement(input: { agreementId: "${agreementId}", partnerId: "${partners.laocai}", title: "Biên bản ghi nhớ", scope: "Đồ dùng học tập", fields: ["children-care-education"], leadUnitId: "${province}", partyUnitIds: ["${tavan}"], signedOn: "${day(-5)}", validFrom: "${day(-5)}", validTo: "${day(360)}", commitments: [{ commitmentId: "do-dung", kind: "items", description: "Bộ đồ dùng học tập", quantity: 300, measure: "bộ" }] }) { consistencyToken } }`,
        provinceManager,
        [partner],
      ),
    );
    const need = await mutate(
      `mutation { raiseNeed(input: { needId: "${needId}", unitId: "${tavan}", source: "unit", kind: "people", description: "Dọn vệ sinh điểm trường", fields: ["social-security"], quantity: 5, measure: "người", placeUnitId: "${tavan}", from: "${day(2)}", to: "${day(3)}" }) { consistencyToken } }`,
      tavanManager,
      units,
    );
    written.push(
      await mutate(
        `mutation { proposeNeedMatch(input: { needId: "${needId}", matchId: "${matchId}", offererKind: "group", offererId: "${groups.tavan}", quantity: 5 }) { consistencyToken } }`,
        tavanManager,
        [need, ...written],
      ),
    );
    setUp = [...written, ...people, ...units];
  }, 180_000);

  afterAll(async () => {
    await platform?.stop();
  }, 180_000);

  /** The first error's code, field and message: what a prober compares. */
  const answerOf = (result: GqlResponse) => ({ ...errorOf(result), message: result.errors?.[0]?.message, data: result.errors ? undefined : result.data });

  describe("another province's manager, on Lào Cai's records and on ids that do not exist", () => {
    // [what, the mutation on Lào Cai's record, the same on an unknown id]
    const attacks: [string, (target: string) => string][] = [
      ['verifying a pending group', (groupId) => `mutation { verifyGroup(input: { groupId: "${groupId === unknown ? unknown : groups.pending}" }) { id } }`],
      [
        'declining a pending group',
        (groupId) =>
          `mutation { declineGroupVerification(input: { groupId: "${groupId === unknown ? unknown : groups.pending}", reason: "Không rõ" }) { id } }`,
      ],
      [
        'moving a group to Yên Bái',
        (groupId) =>
          `mutation { moveGroupHost(input: { groupId: "${groupId === unknown ? unknown : groups.tavan}", newHostUnitId: "${otherCommune}" }) { id } }`,
      ],
      [
        'declaring a group dissolved',
        (groupId) =>
          `mutation { declareGroupStatus(input: { groupId: "${groupId === unknown ? unknown : groups.tavan}", status: "dissolved", reason: "Giải thể" }) { id } }`,
      ],
      [
        "revising a group's profile",
        (groupId) =>
          `mutation { reviseGroupProfile(input: { groupId: "${groupId === unknown ? unknown : groups.tavan}", name: "Đổi tên", fields: ["social-security"], areaUnitIds: ["${otherCommune}"], size: 1, leaderPersonIds: ["${leaders.yenbai}"] }) { id } }`,
      ],
      [
        'accepting a match on a need',
        (target) => `mutation { acceptNeedMatch(input: { needId: "${target === unknown ? unknown : needId}", matchId: "${matchId}" }) { id } }`,
      ],
      [
        'recording a delivery on a need',
        (target) =>
          `mutation { recordNeedMatchFulfilled(input: { needId: "${target === unknown ? unknown : needId}", matchId: "${matchId}", deliveredQuantity: 5 }) { id } }`,
      ],
      ['cancelling a need', (target) => `mutation { cancelNeed(input: { needId: "${target === unknown ? unknown : needId}", reason: "Huỷ" }) { id } }`],
      [
        'offering its own group for a need',
        (target) =>
          `mutation { proposeNeedMatch(input: { needId: "${target === unknown ? unknown : needId}", offererKind: "group", offererId: "${groups.yenbai}", quantity: 1 }) { id } }`,
      ],
      [
        'raising a need for a commune',
        (target) =>
          `mutation { raiseNeed(input: { unitId: "${target === unknown ? unknown : tavan}", source: "unit", kind: "items", description: "Gạo", quantity: 1, measure: "kg", placeUnitId: "${target === unknown ? unknown : tavan}", from: "${day(1)}", to: "${day(2)}" }) { id } }`,
      ],
      [
        'admitting its group to a network',
        (target) =>
          `mutation { admitNetworkMember(input: { networkId: "${target === unknown ? unknown : networkId}", memberKind: "group", memberId: "${groups.yenbai}" }) { id } }`,
      ],
      [
        'dissolving a network',
        (target) => `mutation { dissolveNetwork(input: { networkId: "${target === unknown ? unknown : networkId}", reason: "Giải thể" }) { id } }`,
      ],
      [
        'linking an account to a partner',
        (target) =>
          `mutation { linkPartnerAccount(input: { partnerId: "${target === unknown ? unknown : partners.laocai}", accountId: "${id('tai-khoan')}" }) { id } }`,
      ],
      [
        'revising a partner',
        (target) =>
          `mutation { revisePartner(input: { partnerId: "${target === unknown ? unknown : partners.laocai}", name: "Đổi tên", kind: "agency", countryCode: "VN" }) { id } }`,
      ],
      [
        'terminating an agreement',
        (target) =>
          `mutation { terminateAgreement(input: { agreementId: "${target === unknown ? unknown : agreementId}", on: "${day(0)}", reason: "Chấm dứt" }) { id } }`,
      ],
      [
        'signing an agreement binding a commune not theirs',
        (target) =>
          `mutation { signAgreement(input: { partnerId: "${partners.yenbai}", title: "Thoả thuận", scope: "Chè", fields: [], leadUnitId: "${otherProvince}", partyUnitIds: ["${target === unknown ? unknown : tavan}"], signedOn: "${day(0)}", validFrom: "${day(0)}", validTo: "${day(30)}", commitments: [] }) { id } }`,
      ],
      [
        'signing an agreement led by a province not theirs',
        (target) =>
          `mutation { signAgreement(input: { partnerId: "${partners.yenbai}", title: "Thoả thuận", scope: "Chè", fields: [], leadUnitId: "${target === unknown ? unknown : province}", partyUnitIds: [], signedOn: "${day(0)}", validFrom: "${day(0)}", validTo: "${day(30)}", commitments: [] }) { id } }`,
      ],
      [
        'moving its own group to a commune not theirs',
        (target) => `mutation { moveGroupHost(input: { groupId: "${groups.yenbai}", newHostUnitId: "${target === unknown ? unknown : tavan}" }) { id } }`,
      ],
    ];

    it.each(attacks)('%s: FORBIDDEN, word for word as for an unknown id, in English and in Vietnamese', async (_what, mutation) => {
      for (const language of ['en', 'vi']) {
        const foreign = answerOf(await gql(mutation('foreign'), { token: attacker, consistency: setUp, language }));
        const nothing = answerOf(await gql(mutation(unknown), { token: attacker, language }));
        expect(foreign.code).toBe('FORBIDDEN');
        expect(foreign).toEqual(nothing);
      }
    });

    it("left Lào Cai's records as they were", async () => {
      const data = await read(
        `{ tavan: group(id: "${groups.tavan}") { status hostUnitId name size leaderPersonIds declarations { status } affiliations { unitId } }
           pending: group(id: "${groups.pending}") { status declinedOn verifiedOn }
           need(id: "${needId}") { ${NEED_FIELDS} }
           network(id: "${networkId}") { status currentMemberCount }
           partner(id: "${partners.laocai}") { name kind accountIds }
           agreement(id: "${agreementId}") { status terminatedOn } }`,
        provinceManager,
        setUp,
      );
      expect(data).toMatchObject({
        tavan: {
          status: 'active',
          hostUnitId: tavan,
          name: 'Đội thanh niên tình nguyện Tả Van',
          size: 20,
          leaderPersonIds: [leaders.tavan],
          declarations: [],
          affiliations: [{ unitId: tavan }],
        },
        pending: { status: 'pending-verification', declinedOn: null, verifiedOn: null },
        need: {
          status: 'open',
          quantities: { requested: 5, proposed: 5, committed: 0, delivered: 0, outstanding: 5 },
          matches: [{ matchId, status: 'proposed' }],
        },
        network: { status: 'active', currentMemberCount: 0 },
        partner: { name: 'Công ty CP Sách Lào Cai', kind: 'business', accountIds: [] },
        agreement: { status: 'in-force', terminatedOn: null },
      });
      expect(await read(`{ unitNeeds(unitId: "${tavan}") { totalCount } unitAgreements(unitId: "${tavan}") { totalCount } }`, tavanManager)).toEqual({
        unitNeeds: { totalCount: 1 },
        unitAgreements: { totalCount: 1 },
      });
      // Nor did the prober's own province gain anything.
      expect(
        await read(
          `{ unitAgreements(unitId: "${otherProvince}") { totalCount } unitNeeds(unitId: "${otherCommune}") { totalCount } unitGroups(unitId: "${otherCommune}") { nodes { id hostUnitId } } }`,
          attacker,
        ),
      ).toEqual({ unitAgreements: { totalCount: 0 }, unitNeeds: { totalCount: 0 }, unitGroups: { nodes: [{ id: groups.yenbai, hostUnitId: otherCommune }] } });
    });
  });

  describe('bad input, refused naming the field, in Vietnamese and in English', () => {
    const group = (fields: { kind?: string; size?: number; fields?: string; groupId?: string; leaders?: string }) =>
      `mutation { registerGroup(input: { groupId: ${JSON.stringify(fields.groupId ?? id('g-sai'))}, name: "Đội thử", kind: "${fields.kind ?? 'team'}", origin: "union-founded", hostUnitId: "${tavan}", fields: ${fields.fields ?? '["social-security"]'}, size: ${fields.size ?? 5}, leaderPersonIds: ${fields.leaders ?? list([leaders.tavan])} }) { id } }`;
    const need = (fields: { kind?: string; quantity?: number; from?: string; to?: string; source?: string; activityId?: string }) =>
      `mutation { raiseNeed(input: { needId: "${id('nc-sai')}", unitId: "${tavan}", source: "${fields.source ?? 'unit'}", ${fields.activityId ? `activityId: "${fields.activityId}", ` : ''}kind: "${fields.kind ?? 'people'}", description: "Thử", quantity: ${fields.quantity ?? 3}, measure: "người", placeUnitId: "${tavan}", from: "${fields.from ?? day(1)}", to: "${fields.to ?? day(2)}" }) { id } }`;
    const partner = (fields: { countryCode?: string; website?: string; kind?: string }) =>
      `mutation { registerPartner(input: { partnerId: "${id('dn-sai')}", name: "Công ty thử", kind: "${fields.kind ?? 'business'}", ownerUnitId: "${province}"${fields.countryCode ? `, countryCode: "${fields.countryCode}"` : ''}${fields.website ? `, website: ${JSON.stringify(fields.website)}` : ''} }) { id } }`;
    const agreement = (fields: { validFrom?: string; validTo?: string; commitmentKind?: string; quantity?: number }) =>
      `mutation { signAgreement(input: { agreementId: "${id('mou-sai')}", partnerId: "${partners.laocai}", title: "Thử", scope: "Thử", fields: [], leadUnitId: "${province}", partyUnitIds: [], signedOn: "${day(-1)}", validFrom: "${fields.validFrom ?? day(0)}", validTo: "${fields.validTo ?? day(10)}", commitments: [{ commitmentId: "c1", kind: "${fields.commitmentKind ?? 'items'}", description: "Gạo", quantity: ${fields.quantity ?? 10}, measure: "kg" }] }) { id } }`;
    const cases: [string, string, string, { code: string; field: string }][] = [
      ['a group of an unknown kind', group({ kind: 'hoi' }), provinceManager, { code: 'GROUP.KIND_UNKNOWN', field: 'kind' }],
      ['a group of no members', group({ size: 0 }), provinceManager, { code: 'GROUP.SIZE_INVALID', field: 'size' }],
      ['a group in no field', group({ fields: '[]' }), provinceManager, { code: 'GROUP.FIELDS_INVALID', field: 'fields' }],
      [
        'a group in an unknown field',
        group({ fields: '["social-security", "bay-vao-vu-tru"]' }),
        provinceManager,
        { code: 'GROUP.FIELDS_INVALID', field: 'fields.1' },
      ],
      ['a group id that is a path', group({ groupId: '../../etc/passwd' }), provinceManager, { code: 'INPUT.ID_INVALID', field: 'groupId' }],
      [
        'a group with an unknown leader',
        group({ leaders: list([id('khong-ai')]) }),
        provinceManager,
        { code: 'FORBIDDEN', field: undefined as unknown as string },
      ],
      ['a need ending before it starts', need({ from: day(5), to: day(2) }), tavanManager, { code: 'NEED.DATES_INVALID', field: 'to' }],
      ['a need for half a person', need({ quantity: 2.5 }), tavanManager, { code: 'NEED.QUANTITY_INVALID', field: 'quantity' }],
      ['a need of an unknown kind', need({ kind: 'food' }), tavanManager, { code: 'NEED.KIND_UNKNOWN', field: 'kind' }],
      ['a survey need naming no activity', need({ source: 'activity-survey' }), tavanManager, { code: 'NEED.ACTIVITY_REQUIRED', field: 'activityId' }],
      [
        'a survey need naming an unknown activity',
        need({ source: 'activity-survey', activityId: unknown }),
        tavanManager,
        { code: 'NEED.ACTIVITY_NOT_FOUND', field: undefined as unknown as string },
      ],
      ['a partner of a three-letter country', partner({ countryCode: 'VNM' }), provinceManager, { code: 'PARTNER.COUNTRY_CODE_INVALID', field: 'countryCode' }],
      [
        'a partner whose website is a script',
        partner({ website: 'javascript:alert(1)' }),
        provinceManager,
        { code: 'PARTNER.WEBSITE_INVALID', field: 'website' },
      ],
      ['a partner of an unknown kind', partner({ kind: 'ca-nhan' }), provinceManager, { code: 'PARTNER.KIND_UNKNOWN', field: 'kind' }],
      [
        'an agreement ending before it begins',
        agreement({ validFrom: day(10), validTo: day(1) }),
        provinceManager,
        { code: 'AGREEMENT.VALIDITY_INVALID', field: 'validTo' },
      ],
      [
        'an agreement committing land',
        agreement({ commitmentKind: 'land' }),
        provinceManager,
        { code: 'AGREEMENT.COMMITMENT_KIND_UNKNOWN', field: 'commitments.0.kind' },
      ],
      [
        'an agreement committing nothing',
        agreement({ quantity: 0 }),
        provinceManager,
        { code: 'AGREEMENT.COMMITMENT_QUANTITY_INVALID', field: 'commitments.0.quantity' },
      ],
      [
        'a network of an unknown reach',
        `mutation { formNetwork(input: { name: "Thử", kind: "network", reach: "galactic", ownerUnitId: "${province}", fields: [], purpose: "Thử" }) { id } }`,
        provinceManager,
        { code: 'NETWORK.REACH_UNKNOWN', field: 'reach' },
      ],
      [
        'a membership from tomorrow',
        `mutation { admitNetworkMember(input: { networkId: "${networkId}", memberKind: "group", memberId: "${groups.tavan}", from: "${day(1)}" }) { id } }`,
        provinceManager,
        { code: 'NETWORK.DATE_AFTER_TODAY', field: 'from' },
      ],
    ];

    it.each(cases)('%s', async (_what, mutation, token, expected) => {
      const en = await gql(mutation, { token, consistency: setUp, language: 'en' });
      const vi = await gql(mutation, { token, language: 'vi' });
      expect(errorOf(en)).toEqual(expected);
      expect(errorOf(vi)).toEqual(expected);
      const [enMessage, viMessage] = [en.errors![0]!.message, vi.errors![0]!.message];
      expect(enMessage).not.toEqual(viMessage);
      // Vietnamese is written with its letters, English without them.
      expect(viMessage).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý]/i);
      expect(enMessage).not.toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    });

    it('a group pending verification is no member for a network yet, in both languages', async () => {
      const admit = (language: string) =>
        gql(`mutation { admitNetworkMember(input: { networkId: "${networkId}", memberKind: "group", memberId: "${groups.pending}" }) { id } }`, {
          token: provinceManager,
          consistency: setUp,
          language,
        });
      const [en, vi] = [await admit('en'), await admit('vi')];
      expect(errorOf(en)).toEqual({ code: 'NETWORK.MEMBER_NOT_FOUND', field: undefined });
      expect(errorOf(vi)).toEqual({ code: 'NETWORK.MEMBER_NOT_FOUND', field: undefined });
      expect(en.errors![0]!.message).toContain(groups.pending);
      expect(vi.errors![0]!.message).toContain(groups.pending);
      expect(en.errors![0]!.message).not.toEqual(vi.errors![0]!.message);
    });

    it('wrote nothing for any refused input', async () => {
      const data = await read(
        `{ group(id: "${id('g-sai')}") { id } need(id: "${id('nc-sai')}") { id } partner(id: "${id('dn-sai')}") { id } agreement(id: "${id('mou-sai')}") { id } unitNetworks(unitId: "${province}") { totalCount } network(id: "${networkId}") { currentMemberCount } }`,
        provinceManager,
        setUp,
      );
      expect(data).toEqual({ group: null, need: null, partner: null, agreement: null, unitNetworks: { totalCount: 1 }, network: { currentMemberCount: 0 } });
    });
  });

  describe('a mutation sent again under the same Idempotency-Key', () => {
    it('registers one group, raises one need, proposes one match, admits once and delivers once', async () => {
      const twice = async (key: string, mutation: string, token: string) => {
        const first = await withKey(key, mutation, token);
        expect(first.errors).toBeUndefined();
        const again = await withKey(key, mutation, token);
        expect(again).toEqual(first);
        return Object.values(first.data!)[0] as { id: string; consistencyToken: string };
      };
      // Ids generated by the gateway: the replay answers the first id, and writes no second record.
      const registered = await twice(
        id('key-group'),
        `mutation { registerGroup(input: { name: "Câu lạc bộ bóng đá Tả Van", kind: "club", origin: "union-founded", hostUnitId: "${tavan}", fields: ["social-security"], size: 18, leaderPersonIds: ["${leaders.tavan}"] }) { id consistencyToken } }`,
        tavanManager,
      );
      const raised = await twice(
        id('key-need'),
        `mutation { raiseNeed(input: { unitId: "${tavan}", source: "unit", kind: "people", description: "Hỗ trợ thu hoạch", quantity: 4, measure: "người", placeUnitId: "${tavan}", from: "${day(10)}", to: "${day(11)}" }) { id consistencyToken } }`,
        tavanManager,
      );
      const proposed = await twice(
        id('key-match'),
        `mutation { proposeNeedMatch(input: { needId: "${raised.id}", offererKind: "group", offererId: "${registered.id}", quantity: 4 }) { id consistencyToken } }`,
        tavanManager,
      );
      const accepted = await mutate(
        `mutation { acceptNeedMatch(input: { needId: "${raised.id}", matchId: "${proposed.id}" }) { consistencyToken } }`,
        tavanManager,
        [proposed.consistencyToken],
      );
      // Sent without the key, a second delivery of the same match is refused; with it, the first is answered again.
      const delivered = await twice(
        id('key-delivery'),
        `mutation { recordNeedMatchFulfilled(input: { needId: "${raised.id}", matchId: "${proposed.id}", deliveredQuantity: 4 }) { id consistencyToken } }`,
        tavanManager,
      );
      const admitted = await twice(
        id('key-admit'),
        `mutation { admitNetworkMember(input: { networkId: "${networkId}", memberKind: "group", memberId: "${registered.id}", from: "${day(0)}" }) { id consistencyToken } }`,
        provinceManager,
      );

      const consistency = [registered.consistencyToken, delivered.consistencyToken, admitted.consistencyToken, accepted];
      const groupsOfTavan = (await read(`{ unitGroups(unitId: "${tavan}") { nodes { id name } } }`, tavanManager, consistency))['unitGroups'].nodes as {
        name: string;
      }[];
      expect(groupsOfTavan.filter((group) => group.name === 'Câu lạc bộ bóng đá Tả Van')).toEqual([{ id: registered.id, name: 'Câu lạc bộ bóng đá Tả Van' }]);
      const needs = (await read(`{ unitNeeds(unitId: "${tavan}") { nodes { id description } } }`, tavanManager, consistency))['unitNeeds'].nodes as {
        description: string;
      }[];
      expect(needs.filter((each) => each.description === 'Hỗ trợ thu hoạch')).toEqual([{ id: raised.id, description: 'Hỗ trợ thu hoạch' }]);
      const need = (await read(`{ need(id: "${raised.id}") { ${NEED_FIELDS} } }`, tavanManager, consistency))['need'];
      expect(need).toMatchObject({
        status: 'fulfilled',
        quantities: { requested: 4, proposed: 0, committed: 4, delivered: 4, outstanding: 0 },
        matches: [{ matchId: proposed.id, status: 'fulfilled', deliveredQuantity: 4 }],
      });
      expect(need.matches).toHaveLength(1);
      const network = (
        await read(`{ network(id: "${networkId}") { currentMemberCount memberships { memberId periods { from } } } }`, provinceManager, consistency)
      )['network'];
      expect(network).toEqual({ currentMemberCount: 1, memberships: [{ memberId: registered.id, periods: [{ from: day(0) }] }] });
    });
  });

  describe("the service's own commands", () => {
    /** The network's command types whose rights say only the service's reactors give them. */
    const systemOnly = [...groupCommandTypes, ...networkCommandTypes, ...partnerCommandTypes, ...agreementCommandTypes, ...needCommandTypes]
      .filter((definition) => {
        const scope = (definition.rights as (payload: object) => { systemOnly?: boolean } | undefined)({
          groupId: 'x',
          needId: 'x',
          networkId: 'x',
          partnerId: 'x',
          agreementId: 'x',
          ownerUnitId: 'x',
          unitId: 'x',
          leadUnitId: 'x',
          partyUnitIds: [],
          proposedHostUnitId: 'x',
          leaderPersonId: 'x',
          leaderPersonIds: [],
          newHostUnitId: 'x',
          offerer: { kind: 'group', id: 'x' },
          member: { kind: 'group', id: 'x' },
        });
        return scope?.systemOnly === true;
      })
      .map((definition) => definition.type);
    const mutationName = (type: string) => `${type[0]!.toLowerCase()}${type.slice(1)}`;

    it('are not in the schema, and asking for one is refused before anything runs', async () => {
      expect(systemOnly.sort()).toEqual(['BookGroupDates', 'CarryGroupAffiliation', 'RecordGroupActivity', 'ReleaseGroupDates', 'ReleaseNeedMatch']);
      const schema = await gql(`{ __schema { mutationType { fields { name } } } }`, { token: admin });
      expect(schema.errors).toBeUndefined();
      const mutations = (schema.data!['__schema'].mutationType.fields as { name: string }[]).map((field) => field.name);
      // The schema has the network's mutations (so the check below looks at the right list)…
      expect(mutations).toEqual(expect.arrayContaining(['registerGroup', 'verifyGroup', 'acceptNeedMatch', 'signAgreement', 'recordActivityParticipants']));
      // …and none for the service's own commands.
      for (const type of systemOnly) expect(mutations).not.toContain(mutationName(type));
      const booked = await gql(
        `mutation { bookGroupDates(input: { groupId: "${groups.tavan}", needId: "${needId}", matchId: "${id('m-gia')}", from: "${day(2)}", to: "${day(3)}" }) { id } }`,
        { token: admin, language: 'en' },
      );
      expect(booked.data).toBeUndefined();
      expect(errorOf(booked).code).toBe('GRAPHQL_VALIDATION_FAILED');
      const recorded = await gql(
        `mutation { recordGroupActivity(input: { groupId: "${groups.tavan}", activityId: "${id('hd-gia')}", on: "${day(0)}" }) { id } }`,
        {
          token: admin,
          language: 'en',
        },
      );
      expect(errorOf(recorded).code).toBe('GRAPHQL_VALIDATION_FAILED');
      // Nothing was booked or recorded.
      expect((await read(`{ group(id: "${groups.tavan}") { heldBookingCount activityCount } }`, provinceManager))['group']).toEqual({
        heldBookingCount: 0,
        activityCount: 0,
      });
    });
  });

  it('lets the commune itself act on its records (the refusals above were about who asked)', async () => {
    const verified = await mutateOnceCopied(`mutation { verifyGroup(input: { groupId: "${groups.pending}" }) { consistencyToken } }`, tavanManager, setUp);
    expect((await read(`{ group(id: "${groups.pending}") { status hostUnitId } }`, tavanManager, [verified]))['group']).toEqual({
      status: 'active',
      hostUnitId: tavan,
    });
  });
});
