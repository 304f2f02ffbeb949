import {
  agreementInForceOn,
  DIRECTORY_GROUP_DECLARED_STATUSES as READ_DECLARED_STATUSES,
  NETWORK_DIRECTORY_FEED_EVENT_TYPES,
  NETWORK_DIRECTORY_SOURCE_CONTEXT,
  networkDirectoryCopyOf,
  type NetworkDirectoryCopy,
  type NetworkDirectoryFeedEvent,
  networkDirectorySourceStreamId,
} from '@tn/campaigns-contracts';
import {
  AGREEMENT_STREAM_TYPE,
  agreementStatusOn,
  agreementStreamId,
  GROUP_DECLARED_STATUSES,
  GROUP_STREAM_TYPE,
  groupEventTypes,
  groupStreamId,
  NETWORK_CONTEXT,
  PARTNER_STREAM_TYPE,
  partnerEventTypes,
  partnerStreamId,
} from '@tn/network-contracts';
import { checkMessage, type EventsOf } from '@tn/shared-event-contracts';

/**
 * The network publishes its directory events (groups, partners, agreements); campaigns reads them
 * into its local copy through its own declaration of what it reads, since a context may not
 * import another's contracts (as ADR 0019 does for training's coordination models). The gateway
 * may see every context's contracts, so the two halves are held together here: a rename, a
 * dropped field or a new status on either side fails this spec (most of it at compile time),
 * before an activity is refused over a group that exists.
 */

type NetworkEvent = EventsOf<typeof groupEventTypes> | EventsOf<typeof partnerEventTypes>;
/** Whether two types are the same (each assignable to the other). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Whether every event of each type the network publishes carries what campaigns reads of that type. */
type CarriesWhatIsRead<Published extends { type: string; data: object }, Read extends { type: string; data: object }> = {
  [Type in Read['type']]: [Extract<Published, { type: Type }>['data']] extends [Extract<Read, { type: Type }>['data']] ? true : false;
}[Read['type']];
type Published<Type extends NetworkDirectoryFeedEvent['type']> = Extract<NetworkEvent, { type: Type }>['data'];

// An event of each type read, as the network's schema accepts it (typed by the network's contracts, checked by its schema below).
const commitment = { commitmentId: 'c-1', kind: 'items' as const, description: 'Xi măng', quantity: 100, measure: 'tấn' };
const published: { [Type in NetworkDirectoryFeedEvent['type']]: Published<Type> } = {
  GroupRegistered: {
    groupId: 'clb-ta-van',
    name: 'CLB Tình nguyện Tả Van',
    fields: [],
    areaUnitIds: ['ta-van'],
    size: 25,
    leaderPersonIds: ['p-1'],
    kind: 'club',
    origin: 'union-founded',
    hostUnitId: 'ta-van',
    channel: 'unit',
    registeredBy: 'acc-1',
    registeredOn: '2026-03-01',
  },
  GroupVerified: { groupId: 'clb-ta-van', hostUnitId: 'ta-van', verifiedBy: 'acc-1', verifiedOn: '2026-03-01' },
  GroupVerificationDeclined: { groupId: 'clb-ta-van', reason: 'Chưa đủ thành viên', declinedBy: 'acc-2', declinedOn: '2026-03-02' },
  GroupStatusDeclared: { groupId: 'clb-ta-van', status: 'dissolved', reason: 'Giải thể', declaredBy: 'acc-2', declaredOn: '2026-09-01' },
  PartnerRegistered: {
    partnerId: 'cong-ty-a',
    name: 'Công ty CP Xi măng Lào Cai',
    kind: 'business',
    countryCode: 'VN',
    ownerUnitId: 'lao-cai',
    registeredBy: 'acc-1',
    registeredOn: '2026-01-02',
  },
  AgreementSigned: {
    agreementId: 'hd-1',
    partnerId: 'cong-ty-a',
    title: 'Thỏa thuận hỗ trợ xi măng',
    scope: 'Xây dựng nông thôn mới',
    fields: [],
    leadUnitId: 'lao-cai',
    partyUnitIds: ['ta-van'],
    signedOn: '2026-01-02',
    validFrom: '2026-01-05',
    validTo: '2026-12-31',
    commitments: [commitment],
    recordedBy: 'acc-1',
    recordedOn: '2026-01-02',
  },
  AgreementAmended: { agreementId: 'hd-1', validTo: '2027-06-30', scope: 'Mở rộng', commitments: [commitment], amendedBy: 'acc-1', amendedOn: '2026-11-01' },
  AgreementTerminated: { agreementId: 'hd-1', on: '2027-01-15', reason: 'Đối tác dừng', terminatedBy: 'acc-1', terminatedOn: '2027-01-10' },
};
const terms = { partnerId: 'cong-ty-a', leadUnitId: 'lao-cai', partyUnitIds: ['ta-van'], validFrom: '2026-01-05' };
// The copy after each event, read in a stream order (the agreement's after its signing, the group's after its registration).
const previous: { [Type in NetworkDirectoryFeedEvent['type']]: NetworkDirectoryCopy | null } = {
  GroupRegistered: null,
  GroupVerified: { kind: 'group', id: 'clb-ta-van', status: 'registered' },
  GroupVerificationDeclined: { kind: 'group', id: 'clb-ta-van', status: 'registered' },
  GroupStatusDeclared: { kind: 'group', id: 'clb-ta-van', status: 'verified' },
  PartnerRegistered: null,
  AgreementSigned: null,
  AgreementAmended: { kind: 'agreement', id: 'hd-1', status: 'signed', ...terms, validTo: '2026-12-31' },
  AgreementTerminated: { kind: 'agreement', id: 'hd-1', status: 'signed', ...terms, validTo: '2027-06-30' },
};
const copied: { [Type in NetworkDirectoryFeedEvent['type']]: NetworkDirectoryCopy } = {
  GroupRegistered: { kind: 'group', id: 'clb-ta-van', status: 'registered' },
  GroupVerified: { kind: 'group', id: 'clb-ta-van', status: 'verified' },
  GroupVerificationDeclined: { kind: 'group', id: 'clb-ta-van', status: 'declined' },
  GroupStatusDeclared: { kind: 'group', id: 'clb-ta-van', status: 'dissolved' },
  PartnerRegistered: { kind: 'partner', id: 'cong-ty-a', status: 'registered' },
  AgreementSigned: { kind: 'agreement', id: 'hd-1', status: 'signed', ...terms, validTo: '2026-12-31' },
  AgreementAmended: { kind: 'agreement', id: 'hd-1', status: 'signed', ...terms, validTo: '2027-06-30' },
  AgreementTerminated: { kind: 'agreement', id: 'hd-1', status: 'terminated', ...terms, validTo: '2027-06-30', terminatedOn: '2027-01-15' },
};
const definitions = [...groupEventTypes, ...partnerEventTypes];

describe("campaigns' reading of the network's directory events", () => {
  it('names event types the network publishes, with the same statuses, streams and topic', () => {
    const sameStatuses: Same<(typeof GROUP_DECLARED_STATUSES)[number], (typeof READ_DECLARED_STATUSES)[number]> = true;
    expect(sameStatuses).toBe(true);
    const publishedTypes = definitions.map((definition) => definition.type as string);
    expect(NETWORK_DIRECTORY_FEED_EVENT_TYPES.filter((type) => !publishedTypes.includes(type))).toEqual([]);
    expect([...READ_DECLARED_STATUSES].sort()).toEqual([...GROUP_DECLARED_STATUSES].sort());
    expect(NETWORK_DIRECTORY_SOURCE_CONTEXT).toBe(NETWORK_CONTEXT);
    expect([GROUP_STREAM_TYPE, PARTNER_STREAM_TYPE, AGREEMENT_STREAM_TYPE]).toEqual(['group', 'partner', 'agreement']);
    expect(networkDirectorySourceStreamId('group', 'g-1')).toBe(groupStreamId('g-1'));
    expect(networkDirectorySourceStreamId('partner', 'p-1')).toBe(partnerStreamId('p-1'));
    expect(networkDirectorySourceStreamId('agreement', 'hd-1')).toBe(agreementStreamId('hd-1'));
  });

  it('finds in every network event the fields it reads, with their types', () => {
    const carries: Same<CarriesWhatIsRead<NetworkEvent, NetworkDirectoryFeedEvent>, true> = true;
    expect(carries).toBe(true);
  });

  it("reads each event as the network's schema accepts it into the record's copy", () => {
    for (const type of NETWORK_DIRECTORY_FEED_EVENT_TYPES) {
      const definition = definitions.find((candidate) => candidate.type === type);
      const data = published[type];
      expect(definition && checkMessage(definition.data, data)).toEqual([]);
      expect(networkDirectoryCopyOf(previous[type], { type, data: { ...data } })).toEqual(copied[type]);
    }
  });

  it("says an agreement is in force on exactly the days the network's agreementStatusOn says so", () => {
    const agreement = { validFrom: '2026-01-05', validTo: '2026-12-31' };
    const days = ['2026-01-04', '2026-01-05', '2026-06-14', '2026-06-15', '2026-12-31', '2027-01-01'];
    for (const terminatedOn of [undefined, '2026-06-15']) {
      const ours = days.map((day) => agreementInForceOn({ ...agreement, ...(terminatedOn ? { terminatedOn } : {}) }, day));
      const theirs = days.map((day) => agreementStatusOn({ ...agreement, ...(terminatedOn ? { termination: { on: terminatedOn } } : {}) }, day) === 'in-force');
      expect(ours).toEqual(theirs);
    }
  });

  it('reads the schema version the network writes (a new version is dead-lettered by the copy until campaigns learns it)', () => {
    const read = definitions.filter((definition) => (NETWORK_DIRECTORY_FEED_EVENT_TYPES as readonly string[]).includes(definition.type));
    expect(read.map((definition) => [definition.type, definition.version])).toEqual(read.map((definition) => [definition.type, 1]));
  });
});
