import type { EventEnvelope } from '@tn/shared-event-contracts';
import {
  agreementCandidateIdOf,
  evolveMatchCandidate,
  groupCandidateIdOf,
  matchCandidateProjection,
  type MatchCandidateDoc,
} from './match-candidate.read-model';
import { needPartnerProjection } from './need-partner.read-model';
import { evolveNeedDoc, type NeedDoc, needProjection } from './need.read-model';

let version = 0;
const event = (type: string, data: object) => ({ type, data, streamVersion: ++version }) as unknown as EventEnvelope;
const applyAll = <D>(evolve: (doc: D | null, event: never) => D, events: EventEnvelope[]): D =>
  events.reduce<D | null>((doc, next) => evolve(doc, next as never), null) as D;

const raised = event('NeedRaised', {
  needId: 'need-1',
  unitId: 'huyen-sa-pa',
  source: 'unit',
  kind: 'people',
  description: 'Dọn bùn',
  skills: ['Sơ cứu'],
  fields: ['disaster-prevention-response'],
  quantity: 10,
  measure: 'người',
  placeUnitId: 'xa-ta-van',
  from: '2026-08-10',
  to: '2026-08-12',
  priority: 'urgent',
  raisedBy: 'acc-1',
  raisedOn: '2026-07-01',
});
const proposed = (matchId: string, kind: string, id: string, quantity: number) =>
  event('NeedMatchProposed', { needId: 'need-1', matchId, offerer: { kind, id }, quantity, proposedBy: 'acc-1', proposedOn: '2026-07-02' });

describe('the need read model', () => {
  it('keeps a need with its matches, each decision, and its quantities', () => {
    const doc = applyAll<NeedDoc>(evolveNeedDoc, [
      raised,
      proposed('m-1', 'group', 'g-1', 6),
      proposed('m-2', 'partner', 'p-1', 4),
      proposed('m-3', 'group', 'g-3', 3),
      event('NeedMatchAccepted', { needId: 'need-1', matchId: 'm-1', quantity: 6, acceptedBy: 'acc-2', acceptedOn: '2026-07-03' }),
      event('NeedMatchAccepted', { needId: 'need-1', matchId: 'm-2', quantity: 4, acceptedBy: 'acc-2', acceptedOn: '2026-07-03' }),
      event('NeedMatchDeclined', { needId: 'need-1', matchId: 'm-3', reason: 'Xa', declinedBy: 'acc-2', declinedOn: '2026-07-03' }),
      event('NeedMatchFulfilled', { needId: 'need-1', matchId: 'm-2', deliveredQuantity: 4, fulfilledBy: 'acc-2', fulfilledOn: '2026-08-12' }),
    ]);
    expect(doc).toMatchObject({ needId: 'need-1', unitId: 'huyen-sa-pa', status: 'open', raisedOn: '2026-07-01' });
    expect(doc.matches.map((match) => [match.matchId, match.status])).toEqual([
      ['m-1', 'accepted'],
      ['m-2', 'fulfilled'],
      ['m-3', 'declined'],
    ]);
    expect(doc.matches[2]).toMatchObject({ declineReason: 'Xa', declinedBy: 'acc-2' });
    expect(doc.quantities).toEqual({ requested: 10, proposed: 0, committed: 10, delivered: 4, outstanding: 0 });
  });

  it('closes a need fulfilled or cancelled', () => {
    expect(evolveNeedDoc(evolveNeedDoc(null, raised as never), event('NeedFulfilled', { needId: 'need-1', fulfilledOn: '2026-08-12' }) as never)).toMatchObject(
      {
        status: 'fulfilled',
        fulfilledOn: '2026-08-12',
      },
    );
    const cancelled = event('NeedCancelled', { needId: 'need-1', reason: 'Hết lũ', cancelledBy: 'acc-2', cancelledOn: '2026-07-05' });
    expect(evolveNeedDoc(evolveNeedDoc(null, raised as never), cancelled as never)).toMatchObject({ status: 'cancelled', cancelReason: 'Hết lũ' });
  });

  it('refuses an event of a need it does not know (dead-lettered)', () => {
    expect(() => evolveNeedDoc(null, proposed('m-1', 'group', 'g-1', 1) as never)).toThrow('does not know');
  });

  it('is read by id and by its unit (and status)', () => {
    expect(needProjection.documentId(raised)).toBe('need-1');
    expect(needProjection.indexes).toEqual([{ unitId: 1, status: 1 }]);
  });
});

describe('the need partners read model', () => {
  it('keeps a document per partner offering on a need, none for a group', () => {
    expect(needPartnerProjection.documentId(proposed('m-2', 'partner', 'p-1', 4))).toBe('need-1:p-1');
    expect(needPartnerProjection.documentId(proposed('m-1', 'group', 'g-1', 4))).toBeUndefined();
    expect(needPartnerProjection.evolve(null, proposed('m-2', 'partner', 'p-1', 4))).toEqual({
      needId: 'need-1',
      partnerId: 'p-1',
      firstProposedOn: '2026-07-02',
    });
    expect(needPartnerProjection.handles).toEqual(['NeedMatchProposed']);
    expect(needPartnerProjection.contiguous).toBe(false);
  });
});

describe('the match candidates read model', () => {
  const registered = event('GroupRegistered', {
    groupId: 'g-1',
    name: 'CLB Xanh',
    kind: 'club',
    origin: 'union-founded',
    hostUnitId: 'xa-ta-van',
    fields: ['environment-climate-change'],
    areaUnitIds: ['xa-ta-van', 'huyen-sa-pa'],
    size: 20,
    leaderPersonIds: ['person-1'],
    channel: 'unit',
    registeredBy: 'acc-1',
    registeredOn: '2026-01-10',
  });

  it('keeps a group with the tokens of its areas, its status inputs and its held bookings', () => {
    const doc = applyAll<MatchCandidateDoc>(evolveMatchCandidate, [
      registered,
      event('GroupVerified', { groupId: 'g-1', hostUnitId: 'xa-ta-van', verifiedBy: 'acc-1', verifiedOn: '2026-01-10' }),
      event('GroupActivityRecorded', { groupId: 'g-1', activityId: 'a-2', on: '2026-05-02' }),
      event('GroupActivityRecorded', { groupId: 'g-1', activityId: 'a-1', on: '2026-03-01' }),
      event('GroupStatusDeclared', { groupId: 'g-1', status: 'dormant', reason: 'Nghỉ hè', declaredBy: 'acc-1', declaredOn: '2026-06-01' }),
      event('GroupDatesBooked', { groupId: 'g-1', needId: 'need-1', matchId: 'm-1', from: '2026-08-10', to: '2026-08-12', bookedOn: '2026-07-03' }),
      event('GroupDatesBooked', { groupId: 'g-1', needId: 'need-2', matchId: 'm-9', from: '2026-09-01', to: '2026-09-02', bookedOn: '2026-07-03' }),
      event('GroupDatesReleased', { groupId: 'g-1', needId: 'need-2', matchId: 'm-9', reason: 'need-cancelled', releasedOn: '2026-07-04' }),
      event('GroupProfileRevised', {
        groupId: 'g-1',
        name: 'CLB Xanh Sa Pa',
        fields: ['environment-climate-change', 'public-health'],
        areaUnitIds: ['huyen-sa-pa'],
        size: 25,
        leaderPersonIds: ['person-1'],
        revisedBy: 'acc-1',
        revisedOn: '2026-07-05',
      }),
    ]);
    expect(doc).toEqual({
      kind: 'group',
      candidateId: 'g-1',
      name: 'CLB Xanh Sa Pa',
      size: 25,
      tokens: ['area:huyen-sa-pa'],
      areaUnitIds: ['huyen-sa-pa'],
      fields: ['environment-climate-change', 'public-health'],
      skills: [],
      offers: ['people'],
      statusInputs: {
        registeredOn: '2026-01-10',
        verifiedOn: '2026-01-10',
        activityDates: ['2026-03-01', '2026-05-02'],
        declarations: [{ status: 'dormant', on: '2026-06-01' }],
      },
      bookings: [{ matchId: 'm-1', needId: 'need-1', from: '2026-08-10', to: '2026-08-12' }],
    });
    expect(matchCandidateProjection.documentId(registered)).toBe(groupCandidateIdOf('g-1'));
  });

  it('keeps two needs’ matches of the same id apart: each booked, and released on its own', () => {
    const doc = applyAll<MatchCandidateDoc>(evolveMatchCandidate, [
      registered,
      event('GroupDatesBooked', { groupId: 'g-1', needId: 'need-1', matchId: 'm-1', from: '2026-08-10', to: '2026-08-12', bookedOn: '2026-07-03' }),
      event('GroupDatesBooked', { groupId: 'g-1', needId: 'need-2', matchId: 'm-1', from: '2026-09-01', to: '2026-09-02', bookedOn: '2026-07-03' }),
      event('GroupDatesReleased', { groupId: 'g-1', needId: 'need-2', matchId: 'm-1', reason: 'need-cancelled', releasedOn: '2026-07-04' }),
    ]);
    expect(doc.kind === 'group' && doc.bookings).toEqual([{ matchId: 'm-1', needId: 'need-1', from: '2026-08-10', to: '2026-08-12' }]);
  });

  it('keeps only the latest activity dates, once each', () => {
    const activities = Array.from({ length: 15 }, (_, index) =>
      event('GroupActivityRecorded', { groupId: 'g-1', activityId: `a-${index}`, on: `2026-01-${String(index + 10).padStart(2, '0')}` }),
    );
    const doc = applyAll<MatchCandidateDoc>(evolveMatchCandidate, [registered, ...activities, ...activities.slice(-1)]);
    expect(doc.kind === 'group' && doc.statusInputs.activityDates).toHaveLength(12);
    expect(doc.kind === 'group' && doc.statusInputs.activityDates.at(-1)).toBe('2026-01-24');
  });

  it('keeps a partner under each agreement, serving its lead and party units, giving what it commits', () => {
    const signed = event('AgreementSigned', {
      agreementId: 'agr-1',
      partnerId: 'p-1',
      title: 'Hợp tác cứu trợ',
      scope: 'Cứu trợ',
      fields: ['disaster-prevention-response'],
      leadUnitId: 'tinh-lao-cai',
      partyUnitIds: ['huyen-sa-pa', 'tinh-lao-cai'],
      signedOn: '2026-01-01',
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
      commitments: [{ commitmentId: 'c-1', kind: 'items', description: 'Nước', quantity: 1000, measure: 'thùng' }],
      recordedBy: 'acc-1',
      recordedOn: '2026-01-01',
    });
    const doc = applyAll<MatchCandidateDoc>(evolveMatchCandidate, [
      signed,
      event('AgreementAmended', {
        agreementId: 'agr-1',
        validTo: '2027-06-30',
        scope: 'Cứu trợ',
        commitments: [
          { commitmentId: 'c-1', kind: 'money', description: 'Quỹ', quantity: 1e8, measure: 'VND' },
          { commitmentId: 'c-2', kind: 'items', description: 'Nước', quantity: 10, measure: 'thùng' },
        ],
        amendedBy: 'acc-1',
        amendedOn: '2026-03-01',
      }),
      event('AgreementTerminated', { agreementId: 'agr-1', on: '2026-10-01', reason: 'Hết vốn', terminatedBy: 'acc-1', terminatedOn: '2026-09-20' }),
    ]);
    expect(doc).toEqual({
      kind: 'partner',
      candidateId: 'p-1',
      agreementId: 'agr-1',
      title: 'Hợp tác cứu trợ',
      tokens: ['area:tinh-lao-cai', 'area:huyen-sa-pa'],
      areaUnitIds: ['tinh-lao-cai', 'huyen-sa-pa'],
      fields: ['disaster-prevention-response'],
      skills: [],
      offers: ['items', 'money'],
      validity: { validFrom: '2026-01-01', validTo: '2027-06-30', termination: { on: '2026-10-01' } },
    });
    expect(matchCandidateProjection.documentId(signed)).toBe(agreementCandidateIdOf('agr-1'));
  });

  it('is read by one equality on its tokens, and sees only some events of a group’s stream', () => {
    expect(matchCandidateProjection.indexes).toEqual([{ tokens: 1 }]);
    expect(matchCandidateProjection.contiguous).toBe(false);
    expect(matchCandidateProjection.handles).not.toContain('GroupAffiliated');
    expect(() => evolveMatchCandidate(null, event('GroupVerified', { groupId: 'g-9' }) as never)).toThrow('does not know');
  });
});
