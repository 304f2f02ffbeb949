import type { Measure, UnitFilter } from '@tn/reporting-contracts';
import {
  activity,
  campaign,
  countOf,
  created,
  declared,
  definitionOf,
  hierarchyOf,
  inputsOf,
  MERGE_EVENTS,
  PROVINCE_EVENTS,
  SPLIT_EVENTS,
} from './engine.test-fixtures';
import { evaluateIndicator, evaluateIndicators } from './evaluate';
import { InvalidPeriodKeyError } from './evaluation-context';

const ACTIVITIES: Measure = { source: 'flows', kinds: ['activity'], aggregate: 'count' };
const BEFORE = '2025-06-30';
const AFTER = '2025-12-31';

describe('attribution across a merger', () => {
  // xa-a and xa-b record one activity each before merging into xa-ab on 2025-07-01; xa-ab records one after.
  const inputs = inputsOf(hierarchyOf([...PROVINCE_EVENTS, ...MERGE_EVENTS]), {
    activities: [activity('a', 'xa-a', '2025-03-01'), activity('b', 'xa-b', '2025-05-01'), activity('ab', 'xa-ab', '2025-08-01')],
  });
  const count = (rootUnitId: string, structureDate: string) => countOf(ACTIVITIES, { rootUnitId, period: 'Y2025', structureDate }, inputs);

  it('shows the successor with its predecessors’ history under a later structure date', () => {
    expect(count('xa-ab', AFTER)).toBe(3);
    expect(count('xa-a', AFTER)).toBe(0);
    expect(count('xa-b', AFTER)).toBe(0);
  });

  it('shows the old communes under an earlier one, the new unit’s facts under the ancestor that stood then', () => {
    expect(count('xa-a', BEFORE)).toBe(1);
    expect(count('xa-b', BEFORE)).toBe(1);
    expect(count('xa-ab', BEFORE)).toBe(0);
  });

  it('counts every fact once in the whole, whatever the structure date', () => {
    expect(count('huyen', AFTER)).toBe(3);
    expect(count('huyen', BEFORE)).toBe(3);
    expect(count('tinh', BEFORE)).toBe(3);
  });
});

describe('attribution across a split', () => {
  const inputs = inputsOf(hierarchyOf([...PROVINCE_EVENTS, ...SPLIT_EVENTS]), {
    activities: [activity('c', 'xa-c', '2025-03-01'), activity('c1', 'xa-c1', '2025-08-01'), activity('c2', 'xa-c2', '2025-09-01')],
  });
  const count = (rootUnitId: string, structureDate: string) => countOf(ACTIVITIES, { rootUnitId, period: 'Y2025', structureDate }, inputs);

  it('gives the split unit’s history to the successor named for it', () => {
    expect(count('xa-c2', AFTER)).toBe(2);
    expect(count('xa-c1', AFTER)).toBe(1);
    expect(count('xa-c', AFTER)).toBe(0);
    expect(count('huyen', AFTER)).toBe(3);
  });

  it('shows the unit before the split with its own history alone', () => {
    expect(count('xa-c', BEFORE)).toBe(1);
    expect(count('huyen', BEFORE)).toBe(3);
  });
});

describe('a unit created after the structure date', () => {
  it('counts its facts for its ancestor that existed then', () => {
    const inputs = inputsOf(hierarchyOf([...PROVINCE_EVENTS, created('xa-new', 'huyen', '2025-09-01')]), {
      activities: [activity('n', 'xa-new', '2025-10-01')],
    });
    expect(countOf(ACTIVITIES, { rootUnitId: 'huyen', period: 'Y2025', structureDate: BEFORE }, inputs)).toBe(1);
    expect(countOf(ACTIVITIES, { rootUnitId: 'xa-new', period: 'Y2025', structureDate: BEFORE }, inputs)).toBe(0);
    expect(countOf(ACTIVITIES, { rootUnitId: 'xa-new', period: 'Y2025', structureDate: AFTER }, inputs)).toBe(1);
  });
});

describe('ratio', () => {
  const ratio = definitionOf({ kind: 'ratio', numerator: ACTIVITIES, denominator: { source: 'declared', key: 'activities-held' }, factor: 100 });
  const hierarchy = hierarchyOf(PROVINCE_EVENTS);
  const query = { rootUnitId: 'huyen', period: 'Y2025', structureDate: AFTER };

  it('divides the numerator by the denominator, times the factor, and names both', () => {
    const inputs = inputsOf(hierarchy, {
      activities: [activity('1', 'xa-a', '2025-02-01'), activity('2', 'xa-b', '2025-03-01'), activity('3', 'xa-c', '2025-04-01')],
      declared: [declared('xa-a', 'Y2025', 2), declared('xa-b', 'Y2025', 2)],
    });
    expect(evaluateIndicator(ratio, query, inputs)).toMatchObject({ value: 75, numerator: 3, denominator: 4 });
  });

  it('has no value when the denominator is zero', () => {
    const value = evaluateIndicator(ratio, query, inputsOf(hierarchy, { activities: [activity('1', 'xa-a', '2025-02-01')] }));
    expect(value).toMatchObject({ value: null, numerator: 1, denominator: 0 });
    expect(value.progress).toBeUndefined();
  });
});

describe('coverage', () => {
  const hierarchy = hierarchyOf([...PROVINCE_EVENTS, ...MERGE_EVENTS]);
  const coverageOf = (units: UnitFilter, atLeast = 1) =>
    definitionOf({ kind: 'coverage', units, condition: { source: 'flows', kinds: ['activity', 'campaign'], aggregate: 'count' }, atLeast, factor: 100 });
  const activeCommunes = coverageOf({ levelLabels: ['Đoàn xã'] });

  it('is the share of filtered units whose own facts reach the threshold, not their subtree’s', () => {
    const inputs = inputsOf(hierarchy, {
      activities: [activity('1', 'xa-a', '2025-03-01'), activity('2', 'huyen', '2025-03-01')],
      campaigns: [campaign('c', 'phuong-d', '2025-04-01')],
    });
    // On 2025-12-31 the communes are xa-ab (carrying xa-a's activity) and xa-c.
    expect(evaluateIndicator(activeCommunes, { rootUnitId: 'huyen', period: 'Y2025', structureDate: AFTER }, inputs)).toMatchObject({
      value: 50,
      numerator: 1,
      denominator: 2,
      unitsCounted: 2,
    });
    // On 2025-06-30 they are xa-a, xa-b and xa-c.
    expect(evaluateIndicator(activeCommunes, { rootUnitId: 'huyen', period: 'Y2025', structureDate: BEFORE }, inputs)).toMatchObject({
      numerator: 1,
      unitsCounted: 3,
    });
    // The district's own activity does not make its communes covered.
    expect(evaluateIndicator(coverageOf({}), { rootUnitId: 'huyen', period: 'Y2025', structureDate: AFTER }, inputs)).toMatchObject({
      numerator: 3,
      unitsCounted: 4,
      value: 75,
    });
  });

  it('asks each unit to reach `atLeast`', () => {
    const inputs = inputsOf(hierarchy, {
      activities: [activity('1', 'xa-ab', '2025-08-01'), activity('2', 'xa-c', '2025-08-01'), activity('3', 'xa-c', '2025-09-01')],
    });
    const twice = coverageOf({ levelLabels: ['Đoàn xã'] }, 2);
    expect(evaluateIndicator(twice, { rootUnitId: 'huyen', period: 'Y2025', structureDate: AFTER }, inputs)).toMatchObject({ value: 50, numerator: 1 });
  });

  it('has no value over no units', () => {
    expect(evaluateIndicator(activeCommunes, { rootUnitId: 'phuong-d', period: 'Y2025', structureDate: AFTER }, inputsOf(hierarchy))).toMatchObject({
      value: null,
      unitsCounted: 0,
    });
  });
});

describe('targets and the value’s identity', () => {
  const hierarchy = hierarchyOf(PROVINCE_EVENTS);
  const inputs = inputsOf(hierarchy, {
    activities: [activity('1', 'xa-a', '2025-02-01'), activity('2', 'xa-a', '2026-02-01'), activity('3', 'xa-a', '2031-02-01')],
  });
  const counted = definitionOf({ kind: 'count', measure: ACTIVITIES }, [
    { year: 2030, value: 8 },
    { year: 2025, value: 4 },
  ]);

  it('measures a period against its year’s target, with the progress towards it', () => {
    expect(evaluateIndicator(counted, { rootUnitId: 'huyen', period: 'Q2025-1', structureDate: AFTER }, inputs)).toEqual({
      indicatorId: 'plan-1',
      version: 3,
      unitId: 'huyen',
      period: 'Q2025-1',
      structureDate: AFTER,
      stocksOn: '2025-03-31',
      value: 1,
      target: { year: 2025, value: 4 },
      progress: 0.25,
    });
  });

  it('measures a year without a target against the next milestone, and none after the last', () => {
    expect(evaluateIndicator(counted, { rootUnitId: 'huyen', period: 'M2026-02', structureDate: AFTER }, inputs)).toMatchObject({
      target: { year: 2030, value: 8 },
      progress: 0.125,
    });
    const late = evaluateIndicator(counted, { rootUnitId: 'huyen', period: 'Y2031', structureDate: AFTER }, inputs);
    expect(late.target).toBeUndefined();
    expect(late.progress).toBeUndefined();
    expect(late.value).toBe(1);
  });

  it('refuses a key that names no period', () => {
    expect(() => evaluateIndicator(counted, { rootUnitId: 'huyen', period: 'H2025-3', structureDate: AFTER }, inputs)).toThrow(InvalidPeriodKeyError);
  });

  it('evaluates several definitions for one query in their order', () => {
    const values = evaluateIndicators(
      [counted, { ...counted, indicatorId: 'plan-2', version: 1 }],
      { rootUnitId: 'xa-a', period: 'Y2026', structureDate: AFTER },
      inputs,
    );
    expect(values.map(({ indicatorId, version, value }) => [indicatorId, version, value])).toEqual([
      ['plan-1', 3, 1],
      ['plan-2', 1, 1],
    ]);
  });
});

describe('the day stocks are counted on', () => {
  const definition = definitionOf({ kind: 'count', measure: { source: 'units' } });
  const inputs = inputsOf(hierarchyOf(PROVINCE_EVENTS));
  const stocksOn = (period: string, today?: string) =>
    evaluateIndicator(definition, { rootUnitId: 'huyen', period, structureDate: AFTER, ...(today === undefined ? {} : { today }) }, inputs).stocksOn;

  it('is today while the period is under way, else its last day', () => {
    expect(stocksOn('Y2026', '2026-12-07')).toBe('2026-12-07');
    expect(stocksOn('Y2025', '2026-12-07')).toBe('2025-12-31');
    expect(stocksOn('Y2026', '2026-12-31')).toBe('2026-12-31');
    expect(stocksOn('Y2026')).toBe('2026-12-31');
  });
});
