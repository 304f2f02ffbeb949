import { progressTowards, targetFor } from './targets';

describe('progressTowards', () => {
  describe('an at-least target (the default)', () => {
    it('is the value over the target, above 1 when exceeded', () => {
      expect(progressTowards(2, { year: 2025, value: 4 })).toBe(0.5);
      expect(progressTowards(6, { year: 2025, value: 4, direction: 'at-least' })).toBe(1.5);
    });

    it('is undefined without a value or against a zero target', () => {
      expect(progressTowards(null, { year: 2025, value: 4 })).toBeUndefined();
      expect(progressTowards(3, { year: 2025, value: 0 })).toBeUndefined();
      expect(progressTowards(3, undefined)).toBeUndefined();
    });
  });

  describe('an at-most target (a ceiling)', () => {
    const atMost = (value: number) => ({ year: 2025, value, direction: 'at-most' as const });

    it('is 1 while the value is within the ceiling, however far under it', () => {
      expect(progressTowards(1, atMost(1))).toBe(1);
      expect(progressTowards(0, atMost(5))).toBe(1);
      expect(progressTowards(0, atMost(0))).toBe(1);
    });

    it('falls below 1 over the ceiling: target / value', () => {
      expect(progressTowards(2, atMost(1))).toBe(0.5);
      expect(progressTowards(8, atMost(6))).toBe(0.75);
      expect(progressTowards(3, atMost(0))).toBe(0);
    });

    it('is undefined without a value', () => {
      expect(progressTowards(null, atMost(1))).toBeUndefined();
    });
  });
});

describe('targetFor', () => {
  const targets = [
    { year: 2030, value: 8 },
    { year: 2025, value: 4 },
  ];

  it('takes the year’s own target, else the next milestone, else none', () => {
    expect(targetFor(targets, 2025)?.value).toBe(4);
    expect(targetFor(targets, 2026)?.value).toBe(8);
    expect(targetFor(targets, 2031)).toBeUndefined();
  });
});
