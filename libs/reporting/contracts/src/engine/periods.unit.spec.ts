import { isPeriodKey, milestoneYearOf, monthsOf, parsePeriod, type Period, periodContains, periodKey, yearsOf } from './periods';

const period = (key: string): Period => {
  const parsed = parsePeriod(key);
  if (!parsed) throw new Error(`not a period: ${key}`);
  return parsed;
};

describe('parsePeriod', () => {
  it('reads a year, its halves, quarters and months with both ends', () => {
    expect(parsePeriod('Y2025')).toEqual({ key: 'Y2025', kind: 'year', year: 2025, from: '2025-01-01', to: '2025-12-31' });
    expect(parsePeriod('H2025-1')).toEqual({ key: 'H2025-1', kind: 'half', year: 2025, from: '2025-01-01', to: '2025-06-30' });
    expect(parsePeriod('H2025-2')).toMatchObject({ from: '2025-07-01', to: '2025-12-31' });
    expect(parsePeriod('Q2025-1')).toMatchObject({ kind: 'quarter', from: '2025-01-01', to: '2025-03-31' });
    expect(parsePeriod('Q2025-2')).toMatchObject({ from: '2025-04-01', to: '2025-06-30' });
    expect(parsePeriod('Q2025-3')).toMatchObject({ from: '2025-07-01', to: '2025-09-30' });
    expect(parsePeriod('Q2025-4')).toMatchObject({ from: '2025-10-01', to: '2025-12-31' });
    expect(parsePeriod('M2025-07')).toEqual({ key: 'M2025-07', kind: 'month', year: 2025, from: '2025-07-01', to: '2025-07-31' });
    expect(parsePeriod('M2025-11')).toMatchObject({ to: '2025-11-30' });
  });

  it('ends February on the 29th in a leap year only (every fourth year, not centuries unless by 400)', () => {
    expect(parsePeriod('M2024-02')?.to).toBe('2024-02-29');
    expect(parsePeriod('M2025-02')?.to).toBe('2025-02-28');
    expect(parsePeriod('M2100-02')?.to).toBe('2100-02-28');
    expect(parsePeriod('M2000-02')?.to).toBe('2000-02-29');
    expect(parsePeriod('Q2024-1')?.to).toBe('2024-03-31');
  });

  it.each([
    'Y99',
    'Y0999',
    'Y20255',
    'H2025-3',
    'H2025-0',
    'H2025-01',
    'H2025',
    'Q2025-5',
    'Q2025-0',
    'Q2025',
    'M2025-13',
    'M2025-00',
    'M2025-7',
    'M2025',
    'Y2025-1',
    'y2025',
    'W2025-01',
    ' Y2025',
    'Y2025 ',
    '',
  ])('rejects %p', (key) => {
    expect(parsePeriod(key)).toBeUndefined();
    expect(isPeriodKey(key)).toBe(false);
  });

  it('accepts every well-formed key', () => {
    expect(['Y2030', 'H2030-2', 'Q2030-4', 'M2030-12', 'M2030-01'].every(isPeriodKey)).toBe(true);
  });
});

describe('periodKey', () => {
  it('writes the keys parsePeriod reads, months with two digits', () => {
    expect(periodKey('year', 2025)).toBe('Y2025');
    expect(periodKey('half', 2025, 2)).toBe('H2025-2');
    expect(periodKey('quarter', 2025, 3)).toBe('Q2025-3');
    expect(periodKey('month', 2025, 7)).toBe('M2025-07');
    expect(isPeriodKey(periodKey('month', 2025, 12))).toBe(true);
  });
});

describe('monthsOf and yearsOf', () => {
  it('lists the months a period covers, in order', () => {
    expect(monthsOf(period('M2025-07'))).toEqual([{ year: 2025, month: 7 }]);
    expect(monthsOf(period('Q2025-3'))).toEqual([
      { year: 2025, month: 7 },
      { year: 2025, month: 8 },
      { year: 2025, month: 9 },
    ]);
    expect(monthsOf(period('H2025-2')).map(({ month }) => month)).toEqual([7, 8, 9, 10, 11, 12]);
    expect(monthsOf(period('Y2025'))).toHaveLength(12);
  });

  it('names the one year a period lies in, its milestone year', () => {
    expect(yearsOf(period('Q2030-4'))).toEqual([2030]);
    expect(milestoneYearOf(period('M2025-01'))).toBe(2025);
  });
});

describe('periodContains', () => {
  it('includes both ends and nothing beyond', () => {
    const q3 = period('Q2025-3');
    expect(periodContains(q3, '2025-07-01')).toBe(true);
    expect(periodContains(q3, '2025-09-30')).toBe(true);
    expect(periodContains(q3, '2025-06-30')).toBe(false);
    expect(periodContains(q3, '2025-10-01')).toBe(false);
  });

  it('reads the day of a timestamp, and a leap day in its month', () => {
    expect(periodContains(period('M2025-12'), '2025-12-31T23:00:00.000Z')).toBe(true);
    expect(periodContains(period('M2024-02'), '2024-02-29')).toBe(true);
    expect(periodContains(period('M2024-02'), '2024-03-01')).toBe(false);
  });
});
