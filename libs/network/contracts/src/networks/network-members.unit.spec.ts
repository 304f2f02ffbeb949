import { membersOn, type NetworkMembershipPeriod } from './network-members';

const memberships: NetworkMembershipPeriod[] = [
  { memberKind: 'group', memberId: 'g-1', from: '2026-01-10', to: '2026-03-31' },
  { memberKind: 'group', memberId: 'g-1', from: '2026-05-01' },
  { memberKind: 'unit', memberId: 'u-ha-giang', from: '2026-02-01' },
  { memberKind: 'partner', memberId: 'p-1', from: '2026-01-01', to: '2026-01-01' },
];
const keys = (date: string) => membersOn(memberships, date).map(({ memberKind, memberId, from }) => `${memberKind}:${memberId}@${from}`);

describe('membersOn', () => {
  it('counts a membership from its first day to its last, both included', () => {
    expect(keys('2026-01-10')).toEqual(['group:g-1@2026-01-10']);
    expect(keys('2026-03-31')).toEqual(['group:g-1@2026-01-10', 'unit:u-ha-giang@2026-02-01']);
    expect(keys('2026-04-01')).toEqual(['unit:u-ha-giang@2026-02-01']);
  });

  it('counts a one-day membership on that day only', () => {
    expect(keys('2025-12-31')).toEqual([]);
    expect(keys('2026-01-01')).toEqual(['partner:p-1@2026-01-01']);
    expect(keys('2026-01-02')).toEqual([]);
  });

  it('counts a member that left and rejoined by the period in force, none in the gap', () => {
    expect(keys('2026-04-15')).toEqual(['unit:u-ha-giang@2026-02-01']);
    expect(keys('2026-05-01')).toEqual(['group:g-1@2026-05-01', 'unit:u-ha-giang@2026-02-01']);
  });

  it('keeps an open membership in force on any later date', () => {
    expect(keys('2030-12-31')).toEqual(['group:g-1@2026-05-01', 'unit:u-ha-giang@2026-02-01']);
  });

  it('answers nothing for no memberships', () => {
    expect(membersOn([], '2026-01-01')).toEqual([]);
  });
});
