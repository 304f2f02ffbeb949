import { bookingsOverlap, groupStatusOn, type GroupStatusInputs, hostUnitOn, monthsBefore } from './group-status';

const verified: GroupStatusInputs = { registeredOn: '2025-01-10', verifiedOn: '2025-01-10', activityDates: [], declarations: [] };

describe('groupStatusOn', () => {
  it('reads a self-registered group pending until verified, declined once declined', () => {
    const pending: GroupStatusInputs = { registeredOn: '2025-01-10', activityDates: [], declarations: [] };
    expect(groupStatusOn(pending, '2025-02-01')).toBe('pending-verification');
    expect(groupStatusOn({ ...pending, declinedOn: '2025-01-20' }, '2025-01-19')).toBe('pending-verification');
    expect(groupStatusOn({ ...pending, declinedOn: '2025-01-20' }, '2025-01-20')).toBe('declined');
    expect(groupStatusOn({ ...pending, verifiedOn: '2025-02-01' }, '2025-01-31')).toBe('pending-verification');
    expect(groupStatusOn({ ...pending, verifiedOn: '2025-02-01' }, '2025-02-01')).toBe('active');
  });

  it('reads a verified group active for twelve months after its last sign of life, then dormant', () => {
    expect(groupStatusOn(verified, '2026-01-10')).toBe('active');
    expect(groupStatusOn(verified, '2026-01-11')).toBe('dormant');
    const busy = { ...verified, activityDates: ['2025-11-02', '2025-06-01'] };
    expect(groupStatusOn(busy, '2026-11-02')).toBe('active');
    expect(groupStatusOn(busy, '2026-11-03')).toBe('dormant');
  });

  it('counts only activities on or before the date', () => {
    expect(groupStatusOn({ ...verified, activityDates: ['2026-06-01'] }, '2026-05-31')).toBe('dormant');
  });

  it('reads dormant a group declared dormant after its last activity, and active again after a new one', () => {
    const declared: GroupStatusInputs = { ...verified, activityDates: ['2025-03-01'], declarations: [{ status: 'dormant', on: '2025-04-01' }] };
    expect(groupStatusOn(declared, '2025-03-31')).toBe('active');
    expect(groupStatusOn(declared, '2025-04-01')).toBe('dormant');
    expect(groupStatusOn({ ...declared, activityDates: ['2025-03-01', '2025-05-01'] }, '2025-05-01')).toBe('active');
  });

  it('counts a declaration that the group is active as a sign of life', () => {
    const revived: GroupStatusInputs = { ...verified, declarations: [{ status: 'active', on: '2026-03-01' }] };
    expect(groupStatusOn(revived, '2026-02-28')).toBe('dormant');
    expect(groupStatusOn(revived, '2026-03-01')).toBe('active');
    expect(groupStatusOn(revived, '2027-03-01')).toBe('active');
    expect(groupStatusOn(revived, '2027-03-02')).toBe('dormant');
  });

  it('reads dissolved from the dissolution on, whatever follows', () => {
    const dissolved: GroupStatusInputs = { ...verified, activityDates: ['2025-08-01'], declarations: [{ status: 'dissolved', on: '2025-06-01' }] };
    expect(groupStatusOn(dissolved, '2025-05-31')).toBe('active');
    expect(groupStatusOn(dissolved, '2025-06-01')).toBe('dissolved');
    expect(groupStatusOn(dissolved, '2025-09-01')).toBe('dissolved');
  });
});

describe('monthsBefore', () => {
  it('takes the same day months earlier, or the last day of a shorter month', () => {
    expect(monthsBefore('2026-03-10', 12)).toBe('2025-03-10');
    expect(monthsBefore('2024-02-29', 12)).toBe('2023-02-28');
    expect(monthsBefore('2025-03-31', 1)).toBe('2025-02-28');
    expect(monthsBefore('2025-01-15', 2)).toBe('2024-11-15');
  });
});

describe('hostUnitOn', () => {
  const affiliations = [
    { unitId: 'xa-a', from: '2025-01-10', to: '2025-06-30' },
    { unitId: 'xa-b', from: '2025-07-01' },
  ];

  it('answers the unit whose affiliation covers the date, both ends included', () => {
    expect(hostUnitOn(affiliations, '2025-01-09')).toBeUndefined();
    expect(hostUnitOn(affiliations, '2025-01-10')).toBe('xa-a');
    expect(hostUnitOn(affiliations, '2025-06-30')).toBe('xa-a');
    expect(hostUnitOn(affiliations, '2025-07-01')).toBe('xa-b');
    expect(hostUnitOn(affiliations, '2030-01-01')).toBe('xa-b');
  });

  it('never answers an affiliation ended the day before it began', () => {
    const replaced = [
      { unitId: 'xa-a', from: '2025-01-10', to: '2025-01-09' },
      { unitId: 'xa-b', from: '2025-01-10' },
    ];
    expect(hostUnitOn(replaced, '2025-01-10')).toBe('xa-b');
    expect(hostUnitOn(replaced, '2025-01-09')).toBeUndefined();
  });
});

describe('bookingsOverlap', () => {
  it('finds a shared day, counting both ends', () => {
    const july = { from: '2026-07-10', to: '2026-07-20' };
    expect(bookingsOverlap(july, { from: '2026-07-20', to: '2026-07-25' })).toBe(true);
    expect(bookingsOverlap(july, { from: '2026-07-01', to: '2026-07-10' })).toBe(true);
    expect(bookingsOverlap(july, { from: '2026-07-12', to: '2026-07-13' })).toBe(true);
    expect(bookingsOverlap(july, { from: '2026-07-21', to: '2026-07-25' })).toBe(false);
    expect(bookingsOverlap(july, { from: '2026-07-01', to: '2026-07-09' })).toBe(false);
  });
});
