import { evolveGroupDoc, groupProjection } from './group.read-model';
import { docAfter, envelope, registeredDoc, registration } from './group.test-fixtures';

describe('group read model', () => {
  it('keeps a unit’s registration verified and hosted by the unit, indexed by host', () => {
    expect(registeredDoc()).toMatchObject({
      groupId: 'g-1',
      lifecycle: 'verified',
      proposedHostUnitId: 'xa-ta-van',
      hostUnitId: 'xa-ta-van',
      hostUnitIds: ['xa-ta-van'],
      affiliations: [{ unitId: 'xa-ta-van', from: '2025-01-10', reason: 'registered' }],
      activityCount: 0,
      heldBookingCount: 0,
    });
    expect(groupProjection.indexes).toEqual([{ hostUnitId: 1 }, { hostUnitIds: 1 }]);
    expect(groupProjection.documentId(envelope('GroupVerified', {}))).toBe('g-1');
  });

  it('keeps a self-registration pending under its proposed host, then declined with its reason', () => {
    const pending = docAfter(registration({ channel: 'self', registeredBy: 'acc-leader' }));
    expect(pending).toMatchObject({ lifecycle: 'pending-verification', hostUnitId: 'xa-ta-van', affiliations: [] });
    expect(
      evolveGroupDoc(pending, envelope('GroupVerificationDeclined', { reason: 'Trùng nhóm', declinedBy: 'acc-m', declinedOn: '2025-02-01' })),
    ).toMatchObject({
      lifecycle: 'declined',
      declineReason: 'Trùng nhóm',
      declinedOn: '2025-02-01',
    });
  });

  it('follows a move: the old affiliation ends, the new host is indexed beside the old', () => {
    const moved = docAfter(
      registration(),
      envelope('GroupVerified', { hostUnitId: 'xa-ta-van', verifiedBy: 'm', verifiedOn: '2025-01-10' }),
      envelope('GroupAffiliated', { unitId: 'xa-ta-van', from: '2025-01-10', reason: 'registered' }),
      envelope('GroupAffiliationEnded', { unitId: 'xa-ta-van', to: '2025-06-30', reason: 'unit-merged' }),
      envelope('GroupAffiliated', { unitId: 'xa-moi', from: '2025-07-01', reason: 'unit-merged' }),
    );
    expect(moved).toMatchObject({
      hostUnitId: 'xa-moi',
      hostUnitIds: ['xa-ta-van', 'xa-moi'],
      affiliations: [
        { unitId: 'xa-ta-van', from: '2025-01-10', to: '2025-06-30' },
        { unitId: 'xa-moi', from: '2025-07-01', reason: 'unit-merged' },
      ],
    });
  });

  it('keeps the profile as revised, the declarations, the activity days in order and the bookings held', () => {
    let doc = registeredDoc();
    doc = evolveGroupDoc(
      doc,
      envelope('GroupProfileRevised', {
        name: 'CLB Tình nguyện xanh Tả Van',
        fields: ['environment-climate-change'],
        areaUnitIds: ['xa-ta-van'],
        size: 40,
        leaderPersonIds: ['p-leader'],
        revisedBy: 'm',
        revisedOn: '2025-03-01',
      }),
    );
    doc = evolveGroupDoc(doc, envelope('GroupActivityRecorded', { activityId: 'a-2', on: '2025-05-01' }));
    doc = evolveGroupDoc(doc, envelope('GroupActivityRecorded', { activityId: 'a-1', on: '2025-04-01' }));
    doc = evolveGroupDoc(doc, envelope('GroupDatesBooked', { needId: 'n-1', matchId: 'm-1', from: '2025-07-01', to: '2025-07-05', bookedOn: '2025-06-01' }));
    doc = evolveGroupDoc(doc, envelope('GroupDatesBooked', { needId: 'n-2', matchId: 'm-2', from: '2025-08-01', to: '2025-08-05', bookedOn: '2025-06-01' }));
    doc = evolveGroupDoc(doc, envelope('GroupDatesReleased', { needId: 'n-1', matchId: 'm-1', reason: 'r', releasedOn: '2025-06-02' }));
    doc = evolveGroupDoc(doc, envelope('GroupStatusDeclared', { status: 'dissolved', reason: 'Giải thể', declaredBy: 'm', declaredOn: '2025-09-01' }));
    expect(doc).toMatchObject({
      size: 40,
      revisedOn: '2025-03-01',
      activityDates: ['2025-04-01', '2025-05-01'],
      activityCount: 2,
      lastActivityOn: '2025-05-01',
      heldBookingCount: 1,
      lifecycle: 'dissolved',
      declarations: [{ status: 'dissolved', reason: 'Giải thể', declaredBy: 'm', declaredOn: '2025-09-01' }],
    });
  });

  it('keeps two needs’ matches of the same id apart: each booked, and released on its own', () => {
    let doc = registeredDoc();
    doc = evolveGroupDoc(doc, envelope('GroupDatesBooked', { needId: 'n-1', matchId: 'm-1', from: '2025-07-01', to: '2025-07-05', bookedOn: '2025-06-01' }));
    doc = evolveGroupDoc(doc, envelope('GroupDatesBooked', { needId: 'n-2', matchId: 'm-1', from: '2025-08-01', to: '2025-08-05', bookedOn: '2025-06-01' }));
    doc = evolveGroupDoc(doc, envelope('GroupDatesReleased', { needId: 'n-2', matchId: 'm-1', reason: 'r', releasedOn: '2025-06-02' }));
    expect(doc.bookings).toEqual([
      { needId: 'n-1', matchId: 'm-1', from: '2025-07-01', to: '2025-07-05', released: false },
      { needId: 'n-2', matchId: 'm-1', from: '2025-08-01', to: '2025-08-05', released: true },
    ]);
    expect(doc.heldBookingCount).toBe(1);
  });

  it('refuses an event for a group it does not know', () => {
    expect(() => evolveGroupDoc(null, envelope('GroupVerified', {}))).toThrow('does not know');
  });
});
