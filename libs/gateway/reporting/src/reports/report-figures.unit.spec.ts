import { PROGRAMME_INDICATORS } from '@tn/reporting-contracts';
import { changesSinceApproval, consolidatedFigures, factorOf } from './report-figures';
import type { ReportValueDoc } from './report.read-model';

const figure = (indicatorId: string, value: number | null, numerator: number | null = null, denominator: number | null = null): ReportValueDoc => ({
  indicatorId,
  version: 1,
  value,
  numerator,
  denominator,
  target: null,
});

describe('changes since approval', () => {
  it('lists each figure the engine now computes otherwise, with current − approved', () => {
    const approved = [figure('k1', 50), figure('k2', 40), figure('k5-groups', 7)];
    const live = [figure('k1', 50), figure('k2', 45.5), figure('k5-groups', 5)];
    expect(changesSinceApproval(approved, live)).toEqual([
      { indicatorId: 'k2', approved: 40, current: 45.5, difference: 5.5 },
      { indicatorId: 'k5-groups', approved: 7, current: 5, difference: -2 },
    ]);
  });

  it('is empty when nothing changed (rounding noise aside); a figure becoming none has no difference', () => {
    expect(changesSinceApproval([figure('k2', 0.1 + 0.2)], [figure('k2', 0.3)])).toEqual([]);
    expect(changesSinceApproval([figure('k2', 40)], [figure('k2', null)])).toEqual([{ indicatorId: 'k2', approved: 40, current: null, difference: null }]);
    expect(changesSinceApproval([figure('k2', null)], [])).toEqual([]);
    expect(changesSinceApproval([figure('k2', 40)], [])).toEqual([{ indicatorId: 'k2', approved: 40, current: null, difference: null }]);
  });
});

describe('consolidation of the children’s figures', () => {
  it('sums counts, and takes ratios again from the summed numerators and denominators (not an average of ratios)', () => {
    const indicators = [{ indicatorId: 'k5-groups' }, { indicatorId: 'k2', factor: 100 }];
    const children = [[figure('k5-groups', 3), figure('k2', 50, 1, 2)], [figure('k5-groups', 4), figure('k2', 100, 8, 8)], null];
    expect(consolidatedFigures(indicators, children)).toEqual([
      { indicatorId: 'k5-groups', value: 7, numerator: null, denominator: null, unitsCounted: 2 },
      { indicatorId: 'k2', value: 90, numerator: 9, denominator: 10, unitsCounted: 2 },
    ]);
  });

  it('has no value without any figure, nor a ratio over a zero denominator', () => {
    expect(consolidatedFigures([{ indicatorId: 'k1', factor: 100 }], [[figure('k1', null, 0, 0)], null])).toEqual([
      { indicatorId: 'k1', value: null, numerator: 0, denominator: 0, unitsCounted: 1 },
    ]);
    expect(consolidatedFigures([{ indicatorId: 'k5-groups' }], [null])).toEqual([
      { indicatorId: 'k5-groups', value: null, numerator: null, denominator: null, unitsCounted: 0 },
    ]);
  });

  it("takes a ratio's factor from its definition; a count has none", () => {
    const factors = Object.fromEntries(PROGRAMME_INDICATORS.map((definition) => [definition.indicatorId, factorOf(definition)]));
    expect(factors['k2']).toBe(100);
    expect(factors['k5-partners']).toBeUndefined();
    expect(Object.keys(factors)).toContain('k5-partners');
  });
});
