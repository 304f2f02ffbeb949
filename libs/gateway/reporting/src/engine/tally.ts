/**
 * A measure's amounts by carrier unit, computed once per query and then totalled over any set of
 * units: the subtree for a count or a ratio, one unit at a time for coverage. A distinct tally
 * counts keys (a cadre, a group, a partner) once however many carriers in the set hold them.
 */
export class Tally {
  private readonly amounts = new Map<string, number>();
  private readonly keys = new Map<string, Set<string>>();

  constructor(readonly distinct: boolean) {}

  /** Adds to a carrier (nothing when the fact has none); a distinct tally needs the key. */
  add(carrierId: string | undefined, amount: number, key?: string): void {
    if (carrierId === undefined) return;
    if (this.distinct) {
      if (key === undefined) throw new Error('a distinct tally counts keys');
      const held = this.keys.get(carrierId);
      if (held) held.add(key);
      else this.keys.set(carrierId, new Set([key]));
      return;
    }
    this.amounts.set(carrierId, (this.amounts.get(carrierId) ?? 0) + amount);
  }

  /** The total over the units given. */
  totalOver(unitIds: Iterable<string>): number {
    if (!this.distinct) {
      let sum = 0;
      for (const unitId of unitIds) sum += this.amounts.get(unitId) ?? 0;
      return sum;
    }
    const union = new Set<string>();
    for (const unitId of unitIds) for (const key of this.keys.get(unitId) ?? []) union.add(key);
    return union.size;
  }

  /** The unit's own total (what it carries, not its subtree's). */
  totalOf(unitId: string): number {
    return this.distinct ? (this.keys.get(unitId)?.size ?? 0) : (this.amounts.get(unitId) ?? 0);
  }
}
