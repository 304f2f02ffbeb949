import { daysBetween, expiryOf } from './expiry';

describe('qualification expiry warnings', () => {
  it('counts whole days between dates, across months and years', () => {
    expect(daysBetween('2027-02-01', '2027-04-08')).toBe(66);
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2027-04-08', '2027-02-01')).toBe(-66);
  });

  it('warns of a valid record expiring within the window, the last day included', () => {
    expect(expiryOf({ status: 'valid', validUntil: '2027-04-08' }, '2027-02-01', 90)).toEqual({ kind: 'expiring', daysLeft: 66 });
    expect(expiryOf({ status: 'valid', validUntil: '2027-04-08' }, '2027-02-01', 66)).toEqual({ kind: 'expiring', daysLeft: 66 });
    expect(expiryOf({ status: 'valid', validUntil: '2027-04-08' }, '2027-02-01', 30)).toEqual({ kind: 'none' });
  });

  it('shows expired records (renewable or lapsed) as expired, and nothing for revoked or not yet valid ones', () => {
    expect(expiryOf({ status: 'expired-renewable', validUntil: '2026-10-15' }, '2027-02-01', 90)).toEqual({ kind: 'expired' });
    expect(expiryOf({ status: 'lapsed', validUntil: '2025-10-15' }, '2027-02-01', 90)).toEqual({ kind: 'expired' });
    expect(expiryOf({ status: 'revoked', validUntil: '2027-03-01' }, '2027-02-01', 90)).toEqual({ kind: 'none' });
    expect(expiryOf({ status: 'not-yet-valid', validUntil: '2027-03-01' }, '2027-02-01', 90)).toEqual({ kind: 'none' });
    expect(expiryOf({ status: 'valid', validUntil: '2027-03-01' }, undefined, 90)).toEqual({ kind: 'none' });
  });
});
