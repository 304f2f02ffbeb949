/**
 * DEMO network (DỮ LIỆU MẪU): the network service's part of the demo, over the people and units
 * of demo-dataset.ts. Lào Cai's clubs, partners and needs (issue 15):
 *
 * - two clubs founded by the Union, in Y Tý (a border commune) and in Sa Pa ward, and a group of
 *   young tour guides in Sa Pa that registered itself (its leader signs in as `demo.doitruong`)
 *   and was then verified by the ward; a club of Lũng Cú, in the other province (Tuyên Quang);
 * - the province's border-youth network (mạng lưới thanh niên biên giới): the Y Tý and Sa Pa
 *   clubs, Lào Cai's border-gate ward, Lũng Cú's club (membership is not affiliation: it stays
 *   hosted in its own province) and the partner below;
 * - a garment company, a partner of the province by a memorandum of understanding (biên bản ghi
 *   nhớ) that commits goods in kind (warm clothes, blankets); its account `demo.doitac` reads as it;
 * - a need Y Tý raised (warm clothes for its boarding pupils), matched to the Y Tý club (accepted:
 *   its dates are booked) and to the partner under the agreement (accepted and delivered).
 *
 * Registrations, formations and signatures are recorded the day the loader runs (acts are dated
 * by the server); the dates a payload states (founding, membership, signature) lie before the
 * story's date, 2026-12-07, and check-network.ts refuses to send them earlier than that.
 * Leaders are registry people by id only; the partner is an organisation (no contact person).
 */
import type {
  FormNetwork,
  NetworkMemberPart,
  ProposeNeedMatch,
  RaiseNeed,
  RegisterGroup,
  RegisterPartner,
  SelfRegisterGroup,
  SignAgreement,
} from '@tn/network-contracts';
import { accountIdOf } from '@tn/registry-contracts';
import type { DemoCommand } from './demo-campaigns';
import { LAO_CAI, PARTNER_USERNAME, XA_Y_TY } from './demo-dataset';

/** The day the demo's story is told as of (the same as the training year's). */
export const NETWORK_STORY_DATE = '2026-12-07';

const PHUONG_SA_PA = 'demo-phuong-sa-pa';
const PHUONG_LAO_CAI = 'demo-phuong-lao-cai';
const XA_TA_VAN = 'demo-xa-ta-van';
const XA_LUNG_CU = 'demo-tq-xa-lung-cu';

export const CLUB_Y_TY = 'demo-clb-tn-bien-gioi-y-ty';
export const CLUB_SA_PA = 'demo-clb-tn-sa-pa';
export const GUIDES_SA_PA = 'demo-nhom-huong-dan-vien-tre-sa-pa';
export const CLUB_LUNG_CU = 'demo-tq-clb-tn-bien-gioi-lung-cu';
export const BORDER_NETWORK = 'demo-mang-luoi-tn-bien-gioi-lao-cai';
export const PARTNER = 'demo-dt-may-mac-hoang-lien';
export const AGREEMENT = 'demo-mou-may-mac-hoang-lien-2026';
export const NEED = 'demo-nc-ao-am-y-ty-2026';

// ---- groups ---------------------------------------------------------------------------------

/**
 * A group as it came onto the platform: registered by its host's manager (verified at once), or
 * by one of its leaders, signed in to their own demo account, then verified by the proposed host.
 */
export type DemoGroup = ({ channel: 'unit' } & RegisterGroup) | ({ channel: 'self'; leaderUsername: string } & SelfRegisterGroup);

const groups: DemoGroup[] = [
  {
    channel: 'unit',
    groupId: CLUB_Y_TY,
    name: 'Câu lạc bộ Thanh niên tình nguyện biên giới xã Y Tý (mẫu)',
    kind: 'club',
    origin: 'union-founded',
    hostUnitId: XA_Y_TY,
    fields: ['new-rural-construction', 'children-care-education'],
    areaUnitIds: [XA_Y_TY],
    size: 32,
    // The commune's cadre for volunteer work and a volunteer of the commune.
    leaderPersonIds: ['demo-cb-09', 'demo-tnv-06'],
    foundedOn: '2025-09-02',
  },
  {
    channel: 'unit',
    groupId: CLUB_SA_PA,
    name: 'Câu lạc bộ Thanh niên tình nguyện phường Sa Pa (mẫu)',
    kind: 'club',
    origin: 'union-founded',
    hostUnitId: PHUONG_SA_PA,
    fields: ['environment-climate-change', 'children-care-education'],
    areaUnitIds: [PHUONG_SA_PA, XA_TA_VAN],
    size: 45,
    leaderPersonIds: ['demo-cb-10', 'demo-tnv-14'],
    foundedOn: '2025-08-15',
  },
  {
    // Young tour guides who teach children English and keep the trails clean: they registered themselves.
    channel: 'self',
    leaderUsername: 'demo.doitruong',
    groupId: GUIDES_SA_PA,
    name: 'Nhóm Hướng dẫn viên trẻ tình nguyện Sa Pa (mẫu)',
    kind: 'group',
    origin: 'self-formed',
    proposedHostUnitId: PHUONG_SA_PA,
    fields: ['children-care-education', 'environment-climate-change'],
    areaUnitIds: [PHUONG_SA_PA, XA_TA_VAN],
    size: 12,
    leaderPersonIds: ['demo-tnv-13', 'demo-tnv-15'],
    leaderPersonId: 'demo-tnv-13',
    foundedOn: '2026-03-26',
  },
  {
    // In the other province: a member of Lào Cai's border network, hosted by its own commune.
    channel: 'unit',
    groupId: CLUB_LUNG_CU,
    name: 'Câu lạc bộ Thanh niên tình nguyện biên giới xã Lũng Cú (mẫu)',
    kind: 'club',
    origin: 'union-founded',
    hostUnitId: XA_LUNG_CU,
    fields: ['new-rural-construction', 'social-order'],
    areaUnitIds: [XA_LUNG_CU],
    size: 24,
    leaderPersonIds: ['demo-tnv-25'],
    foundedOn: '2025-10-15',
  },
];

// ---- the border-youth network ---------------------------------------------------------------

/** A network with its members, each from its first day. */
export interface DemoNetwork extends FormNetwork {
  members: { member: NetworkMemberPart; from: string }[];
}

const LAUNCH = '2026-10-15';

const borderNetwork: DemoNetwork = {
  networkId: BORDER_NETWORK,
  name: 'Mạng lưới Thanh niên biên giới tỉnh Lào Cai (mẫu)',
  kind: 'network',
  reach: 'provincial',
  ownerUnitId: LAO_CAI,
  fields: ['new-rural-construction', 'children-care-education', 'social-order'],
  purpose:
    'Kết nối các câu lạc bộ, đội, nhóm thanh niên tình nguyện và cơ sở Đoàn ở các xã, phường biên giới, cùng các tỉnh bạn, để chia sẻ kinh nghiệm, phối hợp hoạt động và hỗ trợ nhau khi có nhu cầu.',
  members: [
    { member: { kind: 'group', id: CLUB_Y_TY }, from: LAUNCH },
    { member: { kind: 'group', id: CLUB_SA_PA }, from: LAUNCH },
    { member: { kind: 'unit', id: PHUONG_LAO_CAI }, from: LAUNCH },
    { member: { kind: 'group', id: CLUB_LUNG_CU }, from: LAUNCH },
    { member: { kind: 'partner', id: PARTNER }, from: '2026-11-20' },
  ],
};

// ---- the partner and its agreement ----------------------------------------------------------

/** A partner with the demo account (by username) that reads as it. */
export interface DemoPartner extends RegisterPartner {
  accountUsername: string;
}

const partner: DemoPartner = {
  partnerId: PARTNER,
  name: 'Công ty Cổ phần May mặc Hoàng Liên (mẫu)',
  kind: 'business',
  countryCode: 'VN',
  ownerUnitId: LAO_CAI,
  website: 'https://maymac-hoanglien.demo.example',
  accountUsername: PARTNER_USERNAME,
};

/** Signed on Youth Union Day (26/3), with Y Tý party to it; goods in kind only. */
const agreement: SignAgreement = {
  agreementId: AGREEMENT,
  partnerId: PARTNER,
  title: 'Biên bản ghi nhớ hợp tác hỗ trợ học sinh, thanh niên vùng cao, biên giới giai đoạn 2026–2028 (mẫu)',
  scope:
    'Công ty hỗ trợ hiện vật (áo ấm, chăn ấm) cho học sinh bán trú và người dân các xã vùng cao, biên giới; Tỉnh đoàn và Đoàn xã Y Tý tiếp nhận, điều phối qua các câu lạc bộ, đội, nhóm tình nguyện và ghi nhận trên nền tảng.',
  fields: ['children-care-education', 'social-security'],
  leadUnitId: LAO_CAI,
  partyUnitIds: [XA_Y_TY],
  signedOn: '2026-03-26',
  validFrom: '2026-04-01',
  validTo: '2028-12-31',
  commitments: [
    { commitmentId: 'ao-am', kind: 'items', description: 'Áo ấm cho học sinh vùng cao, biên giới', quantity: 1500, measure: 'chiếc' },
    { commitmentId: 'chan-am', kind: 'items', description: 'Chăn ấm cho các điểm trường bán trú', quantity: 300, measure: 'chiếc' },
  ],
};

// ---- the need and its matches ---------------------------------------------------------------

/** An offer for the need: proposed, then accepted or not, then what it delivered (once accepted). */
export interface DemoMatch extends Omit<ProposeNeedMatch, 'needId'> {
  accepted: boolean;
  deliveredQuantity?: number;
}

export interface DemoNeed extends RaiseNeed {
  matches: DemoMatch[];
}

const need: DemoNeed = {
  needId: NEED,
  unitId: XA_Y_TY,
  source: 'unit',
  kind: 'items',
  description: 'Áo ấm cho học sinh bán trú các điểm trường thôn Ngải Thầu, mùa đông 2026–2027 (mẫu)',
  skills: [],
  fields: ['children-care-education'],
  quantity: 300,
  measure: 'chiếc',
  placeUnitId: XA_Y_TY,
  from: '2026-12-01',
  to: '2026-12-31',
  priority: 'high',
  matches: [
    {
      // The club collects and hands the clothes over: accepted, its December is booked for it.
      matchId: 'demo-ghep-ao-am-clb-y-ty',
      offerer: { kind: 'group', id: CLUB_Y_TY },
      quantity: 100,
      note: 'Câu lạc bộ vận động đoàn viên, thanh niên quyên góp, thu gom và trao tận tay học sinh',
      accepted: true,
    },
    {
      // The partner delivers what it offered under its agreement's commitment.
      matchId: 'demo-ghep-ao-am-hoang-lien',
      offerer: { kind: 'partner', id: PARTNER },
      agreementId: AGREEMENT,
      quantity: 200,
      note: 'Theo cam kết "Áo ấm cho học sinh vùng cao, biên giới" của biên bản ghi nhớ',
      accepted: true,
      deliveredQuantity: 200,
    },
  ],
};

/** The network demo, as data: the commands below are made from it, and check-network.ts checks it. */
export const networkDemo = { groups, network: borderNetwork, partner, agreement, need };
export type NetworkDemo = typeof networkDemo;

// ---- the commands ---------------------------------------------------------------------------

/** A demo command, sent as the loader's administrator unless `actAs` names the demo account (by username) that gives it. */
export interface NetworkDemoCommand extends DemoCommand {
  actAs?: string;
}

/** Commands sent in order within a group; the groups of a phase side by side; each phase after the one before. */
export interface NetworkDemoPhase {
  name: string;
  groups: NetworkDemoCommand[][];
}

/** A self-registered group is verified by its host (the loader's administrator), never by whoever registered it. */
const groupCommands = (group: DemoGroup): NetworkDemoCommand[] => {
  if (group.channel === 'unit') {
    const { channel: _channel, ...payload } = group;
    return [{ type: 'RegisterGroup', id: group.groupId, payload: { ...payload } }];
  }
  const { channel: _channel, leaderUsername, ...payload } = group;
  return [
    { type: 'SelfRegisterGroup', id: group.groupId, payload: { ...payload }, actAs: leaderUsername },
    { type: 'VerifyGroup', id: group.groupId, payload: { groupId: group.groupId } },
  ];
};

/**
 * Linking the account waits for the network service's copy of the registry's accounts (it has
 * the account a moment after the registry opened it).
 */
const partnerCommands = ({ accountUsername, ...payload }: DemoPartner): NetworkDemoCommand[] => [
  { type: 'RegisterPartner', id: payload.partnerId, payload: { ...payload } },
  {
    type: 'LinkPartnerAccount',
    id: payload.partnerId,
    payload: { partnerId: payload.partnerId, accountId: accountIdOf(accountUsername) },
    awaits: ['PARTNER.ACCOUNT_NOT_FOUND'],
  },
];

const networkCommands = ({ members, ...network }: DemoNetwork): NetworkDemoCommand[] => [
  { type: 'FormNetwork', id: network.networkId, payload: { ...network } },
  ...members.map(({ member, from }) => ({
    type: 'AdmitNetworkMember',
    id: `${network.networkId}:${member.kind}:${member.id}`,
    payload: { networkId: network.networkId, member: { ...member }, from },
  })),
];

/** Raised, every match proposed, then the accepted ones accepted, then the deliveries recorded. */
const needCommands = ({ matches, ...raised }: DemoNeed): NetworkDemoCommand[] => {
  const { needId } = raised;
  const per = (type: string, matchId: string, payload: Record<string, unknown>) => ({
    type,
    id: `${needId}:${matchId}`,
    payload: { needId, matchId, ...payload },
  });
  return [
    { type: 'RaiseNeed', id: needId, payload: { ...raised } },
    ...matches.map(({ accepted: _accepted, deliveredQuantity: _delivered, matchId, ...offer }) => per('ProposeNeedMatch', matchId, { ...offer })),
    ...matches.filter((match) => match.accepted).map(({ matchId }) => per('AcceptNeedMatch', matchId, {})),
    ...matches
      .filter((match) => match.accepted && match.deliveredQuantity !== undefined)
      .map(({ matchId, deliveredQuantity }) => per('RecordNeedMatchFulfilled', matchId, { deliveredQuantity })),
  ];
};

/**
 * The network's commands in phases: the groups and the partner (with its account) first; then
 * the network that admits them and the agreement with the partner; then the need and its matches.
 */
export function networkDemoPhases(demo: NetworkDemo = networkDemo): NetworkDemoPhase[] {
  return [
    { name: 'network groups and partners', groups: [...demo.groups.map(groupCommands), partnerCommands(demo.partner)] },
    {
      name: 'network and agreement',
      groups: [networkCommands(demo.network), [{ type: 'SignAgreement', id: demo.agreement.agreementId, payload: { ...demo.agreement } }]],
    },
    { name: 'needs and matches', groups: [needCommands(demo.need)] },
  ];
}
