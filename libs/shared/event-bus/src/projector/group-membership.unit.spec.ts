import { GroupMembership, membershipTrouble } from './group-membership';

describe('GroupMembership and its health', () => {
  let clock = new Date('2025-07-01T00:00:00.000Z');
  const at = (seconds: number) => new Date(Date.parse('2025-07-01T00:00:00.000Z') + seconds * 1000);
  const membership = () => new GroupMembership(() => clock);

  beforeEach(() => {
    clock = at(0);
  });

  it('reports nothing while it has not joined yet within the grace period, then "not in its consumer group"', () => {
    const group = membership();
    expect(group.current()).toMatchObject({ member: false, joins: 0, reason: 'not joined yet' });
    expect(membershipTrouble(group.current(), at(59), 60_000)).toBeUndefined();
    expect(membershipTrouble(group.current(), at(61), 60_000)).toBe('not in its consumer group for 61 s (not joined yet)');
  });

  it('is healthy as a member, and counts every join', () => {
    const group = membership();
    group.joined();
    expect(membershipTrouble(group.current(), at(3600), 60_000)).toBeUndefined();
    group.left('rebalancing');
    group.joined();
    expect(group.current()).toMatchObject({ member: true, joins: 2 });
  });

  it('counts the grace period from the moment it first left, not from later events', () => {
    const group = membership();
    group.joined();
    clock = at(100);
    group.left('rebalancing');
    clock = at(130);
    group.left('crashed');
    expect(group.current()).toMatchObject({ member: false, since: at(100).toISOString(), reason: 'crashed' });
    expect(membershipTrouble(group.current(), at(150), 60_000)).toBeUndefined();
    expect(membershipTrouble(group.current(), at(161), 60_000)).toBe('not in its consumer group for 61 s (crashed)');
  });
});
