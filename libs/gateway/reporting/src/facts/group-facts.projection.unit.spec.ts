import { groupStatusOn, hostUnitOn } from '@tn/network-contracts';
import type { GroupFactDoc } from './fact-docs';
import { envelope, fold } from './fact-envelopes.test-fixtures';
import { evolveGroupFacts, groupFactsProjection } from './group-facts.projection';

const onGroup = (type: string, data: Record<string, unknown>) => envelope(type, { groupId: 'g-1', ...data }, 'group-g-1');
const registration = (change: Record<string, unknown> = {}) =>
  onGroup('GroupRegistered', {
    name: 'CLB Tình nguyện xanh Tả Van',
    kind: 'club',
    origin: 'union-founded',
    fields: ['environment-climate-change'],
    areaUnitIds: ['xa-ta-van'],
    size: 25,
    leaderPersonIds: ['p-leader'],
    hostUnitId: 'xa-ta-van',
    channel: 'unit',
    registeredBy: 'acc-manager',
    registeredOn: '2024-01-10',
    ...change,
  });
const verification = onGroup('GroupVerified', { hostUnitId: 'xa-ta-van', verifiedBy: 'acc-manager', verifiedOn: '2024-01-10' });
const verified = [verification, onGroup('GroupAffiliated', { unitId: 'xa-ta-van', from: '2024-01-10', reason: 'registered' })];
const factsAfter = (...events: never[]) => fold(evolveGroupFacts, events) as GroupFactDoc;

describe('group facts', () => {
  it('keeps what its status and host are read from, and nothing of its profile', () => {
    const doc = factsAfter(registration(), ...verified);
    expect(doc).toEqual({
      groupId: 'g-1',
      registeredOn: '2024-01-10',
      verifiedOn: '2024-01-10',
      proposedHostUnitId: 'xa-ta-van',
      affiliations: [{ unitId: 'xa-ta-van', from: '2024-01-10' }],
      activityDates: [],
      declarations: [],
      unitIds: ['xa-ta-van'],
    });
    expect(groupFactsProjection.indexes).toEqual([{ unitIds: 1 }]);
    expect(groupFactsProjection.documentId(registration())).toBe('g-1');
  });

  it('follows a move: both hosts indexed, each hosting its own days', () => {
    const doc = factsAfter(
      registration(),
      ...verified,
      onGroup('GroupAffiliationEnded', { unitId: 'xa-ta-van', to: '2025-06-30', reason: 'unit-merged' }),
      onGroup('GroupAffiliated', { unitId: 'xa-moi', from: '2025-07-01', reason: 'unit-merged' }),
    );
    expect(doc.unitIds).toEqual(['xa-moi', 'xa-ta-van']);
    expect(hostUnitOn(doc.affiliations, '2025-06-30')).toBe('xa-ta-van');
    expect(hostUnitOn(doc.affiliations, '2025-07-01')).toBe('xa-moi');
  });

  it('keeps activity days in order and declarations, as groupStatusOn reads them', () => {
    const doc = factsAfter(
      registration(),
      ...verified,
      onGroup('GroupActivityRecorded', { activityId: 'a-2', on: '2024-05-01' }),
      onGroup('GroupActivityRecorded', { activityId: 'a-1', on: '2024-04-01' }),
      onGroup('GroupDatesBooked', { needId: 'n-1', matchId: 'm-1', from: '2024-07-01', to: '2024-07-05', bookedOn: '2024-06-01' }),
      onGroup('GroupStatusDeclared', { status: 'dissolved', reason: 'Giải thể', declaredBy: 'acc-manager', declaredOn: '2025-09-01' }),
    );
    expect(doc.activityDates).toEqual(['2024-04-01', '2024-05-01']);
    expect(groupStatusOn(doc, '2025-04-30')).toBe('active');
    expect(groupStatusOn(doc, '2025-05-02')).toBe('dormant');
    expect(groupStatusOn(doc, '2025-09-01')).toBe('dissolved');
  });

  it('keeps a self-registration pending under its proposed host, then declined', () => {
    const pending = factsAfter(registration({ channel: 'self', registeredBy: 'acc-leader' }));
    expect(groupStatusOn(pending, '2024-01-20')).toBe('pending-verification');
    const declined = evolveGroupFacts(pending, onGroup('GroupVerificationDeclined', { reason: 'Trùng nhóm', declinedBy: 'acc-m', declinedOn: '2024-02-01' }));
    expect(declined).toMatchObject({ declinedOn: '2024-02-01', unitIds: ['xa-ta-van'], affiliations: [] });
    expect(groupStatusOn(declined, '2024-02-01')).toBe('declined');
  });

  it('refuses an event for a group it does not know', () => {
    expect(() => evolveGroupFacts(null, verification)).toThrow('do not know');
  });
});
