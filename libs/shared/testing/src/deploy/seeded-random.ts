/** A small seeded generator (mulberry32): the same seed gives the same sequence, so a failing run can be replayed. */
export class SeededRandom {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, bound). */
  below(bound: number): number {
    return Math.floor(this.next() * bound);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('cannot pick from an empty list');
    return items[this.below(items.length)] as T;
  }

  hex(length: number): string {
    let out = '';
    while (out.length < length) out += this.below(16).toString(16);
    return out;
  }
}

/** The seed to use: the given variable when set (to replay a run), else a fresh one. */
export function seedFrom(variable: string | undefined): number {
  if (variable === undefined || variable === '') return Math.floor(Math.random() * 2 ** 32);
  const seed = Number(variable);
  if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) throw new Error(`a seed is an integer in [0, 2^32), not '${variable}'`);
  return seed;
}
