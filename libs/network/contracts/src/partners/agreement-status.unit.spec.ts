import { agreementCoversDates, agreementStatusOn, type AgreementValidity } from './agreement-status';

const agreement: AgreementValidity = { validFrom: '2026-03-01', validTo: '2026-12-31' };
const terminated: AgreementValidity = { ...agreement, termination: { on: '2026-07-01' } };

describe('agreementStatusOn', () => {
  it.each([
    ['2026-02-28', 'not-yet-in-force'],
    ['2026-03-01', 'in-force'],
    ['2026-08-15', 'in-force'],
    ['2026-12-31', 'in-force'],
    ['2027-01-01', 'expired'],
  ])('on %s an agreement valid through 2026 from March is %s (both ends included)', (date, status) => {
    expect(agreementStatusOn(agreement, date)).toBe(status);
  });

  it.each([
    ['2026-02-28', 'not-yet-in-force'],
    ['2026-06-30', 'in-force'],
    ['2026-07-01', 'terminated'],
    ['2027-01-01', 'terminated'],
  ])('on %s an agreement terminated on 2026-07-01 is %s (a termination counts from its day, expired or not)', (date, status) => {
    expect(agreementStatusOn(terminated, date)).toBe(status);
  });

  it('calls an agreement terminated on its first day terminated from that day, never in force', () => {
    const never = { ...agreement, termination: { on: '2026-03-01' } };
    expect([agreementStatusOn(never, '2026-02-28'), agreementStatusOn(never, '2026-03-01')]).toEqual(['not-yet-in-force', 'terminated']);
  });

  it('takes a one-day agreement as in force on that day only', () => {
    const oneDay = { validFrom: '2026-05-19', validTo: '2026-05-19' };
    expect(['2026-05-18', '2026-05-19', '2026-05-20'].map((date) => agreementStatusOn(oneDay, date))).toEqual(['not-yet-in-force', 'in-force', 'expired']);
  });
});

describe('agreementCoversDates', () => {
  it('covers a period within its validity, ends included', () => {
    expect(agreementCoversDates(agreement, '2026-03-01', '2026-12-31')).toBe(true);
    expect(agreementCoversDates(agreement, '2026-06-01', '2026-06-01')).toBe(true);
  });

  it('does not cover a period reaching before or after its validity', () => {
    expect(agreementCoversDates(agreement, '2026-02-28', '2026-03-10')).toBe(false);
    expect(agreementCoversDates(agreement, '2026-12-20', '2027-01-05')).toBe(false);
  });

  it('covers the days before a termination only', () => {
    expect(agreementCoversDates(terminated, '2026-06-01', '2026-06-30')).toBe(true);
    expect(agreementCoversDates(terminated, '2026-06-25', '2026-07-01')).toBe(false);
    expect(agreementCoversDates(terminated, '2026-08-01', '2026-08-05')).toBe(false);
  });

  it('covers no period whose start is after its end', () => {
    expect(agreementCoversDates(agreement, '2026-06-10', '2026-06-01')).toBe(false);
  });
});
