/**
 * Positions order a service's commits for the relay and for consistency tokens without an
 * extra round trip per append: a hybrid logical clock in microseconds. A position is larger
 * than every position this process handed out before, and larger than the position of the
 * stream's last commit (passed as `after`), so positions grow along every stream even across
 * service instances whose clocks differ. See ADR 0005.
 */
export class PositionClock {
  private last = 0;

  constructor(private readonly now: () => number = Date.now) {}

  next(after = 0): number {
    const candidate = Math.max(this.now() * 1000, this.last + 1, after + 1);
    this.last = candidate;
    return candidate;
  }
}
