import { periodsOf } from './periods';

describe('report periods offered for a template', () => {
  it('offers both halves of each year, latest first, for six-monthly reports', () => {
    expect(periodsOf('half-year', [2026, 2025])).toEqual(['H2026-2', 'H2026-1', 'H2025-2', 'H2025-1']);
  });
  it('offers one period a year otherwise', () => {
    expect(periodsOf('year', [2026])).toEqual(['Y2026']);
  });
});
