import type { Formula } from './definition.types';
import { checkFormula } from './formula-check';
import { PROGRAMME_INDICATORS } from './programme-indicators';

const activities = { source: 'flows', kinds: ['activity'], aggregate: 'count' };
const ratio = { kind: 'ratio', numerator: activities, denominator: { source: 'declared', key: 'activities-held' }, factor: 100 };
const coverage = { kind: 'coverage', units: {}, condition: activities, atLeast: 1, factor: 100 };

/** The fault's code and field, or 'ok'. */
const faultOf = (formula: unknown) => {
  const problem = checkFormula(formula);
  return problem ? [problem.code, problem.field] : 'ok';
};

describe('checkFormula', () => {
  it.each(PROGRAMME_INDICATORS.map((definition) => [definition.code, definition.formula] as const))('passes the programme formula %s', (_, formula) => {
    expect(checkFormula(formula)).toBeUndefined();
  });

  it('passes every measure with every filter it may carry', () => {
    const filters: Formula[] = [
      {
        kind: 'count',
        measure: {
          source: 'flows',
          kinds: ['output', 'resource'],
          aggregate: 'quantity',
          filter: {
            domains: ['environment-climate-change'],
            initiators: ['union'],
            namesModel: true,
            modelTrained: false,
            measures: ['trees-planted'],
            units: { levelLabels: ['Đoàn xã'], organisations: ['union'], flags: { mountainous: true, island: false } },
          },
        },
      },
      { kind: 'count', measure: { source: 'units', filter: { flags: { ethnicMinority: true } } } },
      { kind: 'count', measure: { source: 'cadres', qualified: true, kindIds: ['qk-1'] } },
      { kind: 'count', measure: { source: 'groups', state: 'verified' } },
      { kind: 'coverage', units: { levelLabels: ['Đoàn phường'] }, condition: { source: 'partners' }, atLeast: 0, factor: 1 },
    ];
    expect(filters.map(faultOf)).toEqual(filters.map(() => 'ok'));
  });

  it.each([
    ['not an object', 'x', 'FORMULA.INVALID', 'formula'],
    ['an unknown kind', { ...ratio, kind: 'sum' }, 'FORMULA.KIND_UNKNOWN', 'formula.kind'],
    ['a field the kind does not have', { ...ratio, atLeast: 1 }, 'FORMULA.FIELD_UNKNOWN', 'formula.atLeast'],
    ['a missing measure', { kind: 'ratio', numerator: activities, factor: 100 }, 'FORMULA.INVALID', 'formula.denominator'],
    ['an unknown source', { ...ratio, numerator: { source: 'people' } }, 'FORMULA.SOURCE_UNKNOWN', 'formula.numerator.source'],
    ['empty kinds', { ...ratio, numerator: { ...activities, kinds: [] } }, 'FORMULA.KINDS_REQUIRED', 'formula.numerator.kinds'],
    ['no kinds', { kind: 'count', measure: { source: 'flows', aggregate: 'count' } }, 'FORMULA.KINDS_REQUIRED', 'formula.measure.kinds'],
    [
      'an unknown kind of fact',
      { ...ratio, numerator: { ...activities, kinds: ['activity', 'meeting'] } },
      'FORMULA.FLOW_KIND_UNKNOWN',
      'formula.numerator.kinds.1',
    ],
    ['an unknown aggregate', { ...ratio, numerator: { ...activities, aggregate: 'sum' } }, 'FORMULA.AGGREGATE_UNKNOWN', 'formula.numerator.aggregate'],
    [
      'a quantity of activities',
      { ...ratio, numerator: { ...activities, aggregate: 'quantity' } },
      'FORMULA.QUANTITY_NOT_SUMMABLE',
      'formula.numerator.aggregate',
    ],
    ['an unknown group state', { kind: 'count', measure: { source: 'groups', state: 'dormant' } }, 'FORMULA.GROUP_STATE_UNKNOWN', 'formula.measure.state'],
    [
      'an unknown declared key',
      { ...ratio, denominator: { source: 'declared', key: 'volunteers' } },
      'FORMULA.DECLARED_KEY_UNKNOWN',
      'formula.denominator.key',
    ],
    ['a cadres measure without qualified', { kind: 'count', measure: { source: 'cadres' } }, 'FORMULA.INVALID', 'formula.measure.qualified'],
    [
      'a field the measure does not have',
      { kind: 'count', measure: { source: 'partners', state: 'active' } },
      'FORMULA.FIELD_UNKNOWN',
      'formula.measure.state',
    ],
    [
      'an empty filter list',
      { ...ratio, numerator: { ...activities, filter: { domains: [] } } },
      'FORMULA.FILTER_VALUES_INVALID',
      'formula.numerator.filter.domains',
    ],
    ['a blank filter value', { ...coverage, units: { levelLabels: [' '] } }, 'FORMULA.FILTER_VALUES_INVALID', 'formula.units.levelLabels'],
    ['a flag not true or false', { ...coverage, units: { flags: { border: 'yes' } } }, 'FORMULA.INVALID', 'formula.units.flags.border'],
    ['an unknown flag', { ...coverage, units: { flags: { coastal: true } } }, 'FORMULA.FIELD_UNKNOWN', 'formula.units.flags.coastal'],
    [
      'an unknown flow filter',
      { ...ratio, numerator: { ...activities, filter: { status: ['done'] } } },
      'FORMULA.FIELD_UNKNOWN',
      'formula.numerator.filter.status',
    ],
    ['a factor of 0', { ...ratio, factor: 0 }, 'FORMULA.FACTOR_NOT_POSITIVE', 'formula.factor'],
    ['a negative factor', { ...coverage, factor: -100 }, 'FORMULA.FACTOR_NOT_POSITIVE', 'formula.factor'],
    ['a factor not a number', { ...ratio, factor: '100' }, 'FORMULA.INVALID', 'formula.factor'],
    ['a negative threshold', { ...coverage, atLeast: -1 }, 'FORMULA.AT_LEAST_NEGATIVE', 'formula.atLeast'],
    ['coverage without units', { kind: 'coverage', condition: activities, atLeast: 1, factor: 100 }, 'FORMULA.INVALID', 'formula.units'],
  ])('names the fault of %s', (_, formula, code, field) => {
    expect(faultOf(formula)).toEqual([code, field]);
  });

  it('names the field from the name it is given', () => {
    expect(checkFormula({ ...ratio, factor: 0 }, 'definition.formula')?.field).toBe('definition.formula.factor');
  });

  it('says what would fix it', () => {
    expect(checkFormula({ ...ratio, numerator: { ...activities, aggregate: 'quantity' } })).toMatchObject({
      message: 'activity has no quantity to sum',
      details: { kind: 'activity', summable: ['output', 'resource'] },
    });
  });
});
