import { PositionClock } from './position-clock';

describe('PositionClock', () => {
  it('grows strictly even when the wall clock stands still', () => {
    const clock = new PositionClock(() => 1_000);
    expect([clock.next(), clock.next(), clock.next()]).toEqual([1_000_000, 1_000_001, 1_000_002]);
  });

  it('never goes back when the wall clock does', () => {
    let now = 2_000;
    const clock = new PositionClock(() => now);
    const before = clock.next();
    now = 1_000;
    expect(clock.next()).toBe(before + 1);
  });

  it('stays after the stream’s last position even if another instance’s clock ran ahead', () => {
    const clock = new PositionClock(() => 1_000);
    expect(clock.next(5_000_000)).toBe(5_000_001);
    expect(clock.next()).toBe(5_000_002);
  });
});
