import { evolveNetworkMembership, networkMembershipDocId, networkMembershipProjection } from './network-membership.read-model';
import { evolveNetworkDoc, networkProjection } from './network.read-model';
import { membersOnDate, membershipView, networkView } from './network-views';

let version = 0;
/** An envelope as the projector receives it (its data unchecked here: `never` lets any shape in). */
const envelope = (type: string, data: Record<string, unknown>) =>
  ({ type, data, streamId: 'network-net-1', streamVersion: ++version, eventId: `e${version}` }) as never;

const formed = envelope('NetworkFormed', {
  networkId: 'net-1',
  name: 'Liên minh vì trẻ em vùng cao',
  kind: 'coalition',
  reach: 'national',
  ownerUnitId: 'trung-uong',
  fields: ['children-care-education'],
  purpose: 'Điều phối nguồn lực',
  formedBy: 'acc-1',
  formedOn: '2026-01-05',
});
const admitted = (memberKind: string, memberId: string, from: string) =>
  envelope('NetworkMemberAdmitted', { networkId: 'net-1', memberKind, memberId, from, admittedBy: 'acc-1', admittedOn: '2026-01-05' });
const ended = (memberKind: string, memberId: string, from: string, to: string, cause = 'ended') =>
  envelope('NetworkMembershipEnded', { networkId: 'net-1', memberKind, memberId, from, to, cause, reason: 'Tạm dừng', endedBy: 'acc-2', endedOn: to });

describe('network read model', () => {
  it('keeps one document per network with its open memberships counted', () => {
    const doc = [admitted('group', 'g-1', '2026-01-10'), admitted('unit', 'u-1', '2026-01-10'), ended('group', 'g-1', '2026-01-10', '2026-02-01')].reduce(
      evolveNetworkDoc,
      evolveNetworkDoc(null, formed),
    );
    expect(doc).toMatchObject({ networkId: 'net-1', status: 'active', currentMemberCount: 1, ownerUnitId: 'trung-uong' });
    expect(networkProjection.documentId(formed)).toBe('net-1');
    expect(networkProjection.handles).toEqual(['NetworkFormed', 'NetworkMemberAdmitted', 'NetworkMembershipEnded', 'NetworkDissolved']);
    expect(networkProjection.indexes).toEqual([{ ownerUnitId: 1 }]);
  });

  it('records the dissolution (its memberships ended just before, by their own events)', () => {
    const dissolved = envelope('NetworkDissolved', {
      networkId: 'net-1',
      on: '2026-03-01',
      reason: 'Sáp nhập',
      dissolvedBy: 'acc-2',
      dissolvedOn: '2026-03-02',
    });
    const doc = [admitted('unit', 'u-1', '2026-01-10'), ended('unit', 'u-1', '2026-01-10', '2026-03-01', 'network-dissolved'), dissolved].reduce(
      evolveNetworkDoc,
      evolveNetworkDoc(null, formed),
    );
    expect(networkView(doc)).toMatchObject({
      status: 'dissolved',
      currentMemberCount: 0,
      dissolvedOn: '2026-03-01',
      dissolvedBy: 'acc-2',
      dissolveReason: 'Sáp nhập',
    });
  });

  it('refuses an event for a network it does not know', () => {
    expect(() => evolveNetworkDoc(null, admitted('unit', 'u-1', '2026-01-10'))).toThrow(/does not know/);
  });
});

describe('network membership read model', () => {
  const history = [admitted('group', 'g-1', '2026-01-10'), ended('group', 'g-1', '2026-01-10', '2026-03-31'), admitted('group', 'g-1', '2026-05-01')];
  const doc = history.reduce(evolveNetworkMembership, null as never);

  it('keeps one document per member per network, found by network or by member key with equalities', () => {
    expect(networkMembershipProjection.documentId(history[0] as never)).toBe('net-1/group:g-1');
    expect(networkMembershipDocId('net-1', 'unit', 'g-1')).toBe('net-1/unit:g-1');
    expect(networkMembershipProjection.indexes).toEqual([{ networkId: 1 }, { memberKey: 1 }]);
    expect(networkMembershipProjection.handles).toEqual(['NetworkMemberAdmitted', 'NetworkMembershipEnded']);
    // Each document sees only its member's events of the network's stream.
    expect(networkMembershipProjection.contiguous).toBe(false);
  });

  it('keeps every membership of a member that left and rejoined, in order', () => {
    expect(doc).toMatchObject({ networkId: 'net-1', memberKind: 'group', memberId: 'g-1', memberKey: 'group:g-1', current: true });
    expect(membershipView(doc).periods).toEqual([
      {
        from: '2026-01-10',
        to: '2026-03-31',
        admittedBy: 'acc-1',
        admittedOn: '2026-01-05',
        endedBy: 'acc-2',
        endedOn: '2026-03-31',
        endCause: 'ended',
        endReason: 'Tạm dừng',
      },
      { from: '2026-05-01', to: null, admittedBy: 'acc-1', admittedOn: '2026-01-05', endedBy: null, endedOn: null, endCause: null, endReason: null },
    ]);
  });

  it('is no longer current once its last membership ended', () => {
    expect(evolveNetworkMembership(doc, ended('group', 'g-1', '2026-05-01', '2026-06-01', 'network-dissolved'))).toMatchObject({ current: false });
  });

  it('changes nothing for a repeat of an admission it holds', () => {
    expect(evolveNetworkMembership(doc, admitted('group', 'g-1', '2026-05-01'))).toEqual(doc);
  });

  it('answers the members on a date by the contracts’ rule, by kind and id', () => {
    const unit = [admitted('unit', 'u-ca-mau', '2026-02-01')].reduce(evolveNetworkMembership, null as never);
    const partner = [admitted('partner', 'p-1', '2026-01-01'), ended('partner', 'p-1', '2026-01-01', '2026-01-31')].reduce(
      evolveNetworkMembership,
      null as never,
    );
    const docs = [unit, doc, partner];
    expect(membersOnDate(docs, '2026-01-15')).toEqual([
      { memberKind: 'group', memberId: 'g-1', from: '2026-01-10', to: '2026-03-31' },
      { memberKind: 'partner', memberId: 'p-1', from: '2026-01-01', to: '2026-01-31' },
    ]);
    expect(membersOnDate(docs, '2026-04-15')).toEqual([{ memberKind: 'unit', memberId: 'u-ca-mau', from: '2026-02-01', to: null }]);
    expect(membersOnDate(docs, '2026-05-01').map((member) => member.memberId)).toEqual(['g-1', 'u-ca-mau']);
  });
});
