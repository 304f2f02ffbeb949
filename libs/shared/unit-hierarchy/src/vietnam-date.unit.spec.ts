import { vietnamDateOf } from './vietnam-date';

describe('vietnamDateOf', () => {
  it('gives the date in Vietnam (UTC+7), not the UTC date', () => {
    expect(vietnamDateOf('2025-06-30T18:30:00Z')).toBe('2025-07-01');
    expect(vietnamDateOf('2025-06-30T16:59:59.999Z')).toBe('2025-06-30');
    expect(vietnamDateOf('2025-06-30T17:00:00.000Z')).toBe('2025-07-01');
    expect(vietnamDateOf('2025-12-31T20:00:00Z')).toBe('2026-01-01');
  });

  it('reads offsets other than Z, and has no daylight saving time', () => {
    expect(vietnamDateOf('2025-07-01T00:30:00+07:00')).toBe('2025-07-01');
    expect(vietnamDateOf('2025-06-30T23:30:00-05:00')).toBe('2025-07-01');
    expect(vietnamDateOf('2025-01-15T16:59:00Z')).toBe('2025-01-15');
    expect(vietnamDateOf('2025-07-15T16:59:00Z')).toBe('2025-07-15');
  });

  it('keeps an unreadable value as its first ten characters', () => {
    expect(vietnamDateOf('not a date')).toBe('not a date');
  });
});
