import type { PublishedValueData, PublishedValuePart } from '@tn/reporting-contracts';
import { fold, given } from '@tn/shared-decider';
import type { PublishIndicatorValuesCommand } from './published-values.commands';
import { publishedValuesDecider } from './published-values.decide';
import type { PublishedValuesEvent } from './published-values.events';

// Business time: 7 December 2026 in Vietnam. Y2025 has ended; Y2026, H2026-2, Q2026-4 and M2026-12 are under way.
const act = { today: '2026-12-07', at: '2026-12-07T02:00:00.000Z', actorId: 'acc-manager' };

const parts: PublishedValuePart[] = [
  { indicatorId: 'k1', version: 1, value: 100, numerator: 1, denominator: 1, target: 60 },
  // A ratio over nothing: no value; null and absent both say "none".
  { indicatorId: 'k2', version: 1, value: null, numerator: 0, denominator: 0, target: 60 },
  // A count: no numerator, denominator or target.
  { indicatorId: 'k5-partners', version: 1, value: 2 },
];
const stored: PublishedValueData[] = [
  { indicatorId: 'k1', version: 1, value: 100, numerator: 1, denominator: 1, target: 60 },
  { indicatorId: 'k2', version: 1, value: null, numerator: 0, denominator: 0, target: 60 },
  { indicatorId: 'k5-partners', version: 1, value: 2, numerator: null, denominator: null, target: null },
];

const publish = (changes: Partial<PublishIndicatorValuesCommand> = {}): PublishIndicatorValuesCommand => ({
  type: 'PublishIndicatorValues',
  unitId: 'xa-ta-van',
  period: 'Y2025',
  structureDate: '2026-12-07',
  values: parts,
  ...act,
  ...changes,
});
const published = (revision: number, changes: object = {}): PublishedValuesEvent => ({
  type: 'IndicatorValuesPublished',
  data: {
    unitId: 'xa-ta-van',
    period: 'Y2025',
    structureDate: '2026-12-07',
    revision,
    values: stored,
    publishedBy: 'acc-manager',
    publishedAt: '2026-12-07T02:00:00.000Z',
    ...changes,
  },
});

describe('published values decider', () => {
  it('publishes revision 1 of a period that has ended, by the actor at the server’s time, every number present', () => {
    given(publishedValuesDecider)
      .when(publish())
      .then([published(1)]);
  });

  it.each(['Y2026', 'H2026-2', 'Q2026-4', 'M2026-12'])('publishes the current period %s', (period) => {
    given(publishedValuesDecider)
      .when(publish({ period }))
      .then([published(1, { period })]);
  });

  it('publishes a month that began today', () => {
    given(publishedValuesDecider)
      .when(publish({ period: 'M2026-12', today: '2026-12-01' }))
      .then([published(1, { period: 'M2026-12' })]);
  });

  it('supersedes with revision n + 1, keeping the earlier ones in the stream', () => {
    const later = { actorId: 'acc-other', at: '2026-12-20T03:00:00.000Z', today: '2026-12-20' };
    const newer = [{ ...parts[0]!, value: 50, numerator: 1, denominator: 2 }];
    given(publishedValuesDecider, [published(1)])
      .when(publish({ values: newer, ...later }))
      .then([
        published(2, {
          values: [{ indicatorId: 'k1', version: 1, value: 50, numerator: 1, denominator: 2, target: 60 }],
          publishedBy: 'acc-other',
          publishedAt: '2026-12-20T03:00:00.000Z',
        }),
      ]);
    expect(fold(publishedValuesDecider, [published(1), published(2, { structureDate: '2026-12-31' })])).toEqual({
      revision: 2,
      structureDate: '2026-12-31',
      values: stored,
    });
  });

  it('records nothing when the values in force are published again, in any order, by anyone', () => {
    given(publishedValuesDecider, [published(1), published(2)])
      .when(publish({ values: [...parts].reverse(), actorId: 'acc-other', at: '2026-12-08T01:00:00.000Z', today: '2026-12-08' }))
      .then([]);
  });

  it('records the day the engine counted stocks on, and publishes nothing new for a later day alone', () => {
    given(publishedValuesDecider)
      .when(publish({ period: 'Y2026', stocksOn: '2026-12-07' }))
      .then([published(1, { period: 'Y2026', stocksOn: '2026-12-07' })]);
    given(publishedValuesDecider, [published(1, { period: 'Y2026', stocksOn: '2026-12-07' })])
      .when(publish({ period: 'Y2026', stocksOn: '2026-12-08', today: '2026-12-08', at: '2026-12-08T01:00:00.000Z' }))
      .then([]);
  });

  it('publishes again when only the structure date, a version or one number differs', () => {
    given(publishedValuesDecider, [published(1)])
      .when(publish({ structureDate: '2025-12-31' }))
      .then([published(2, { structureDate: '2025-12-31' })]);
    const [k1, k2, k5] = parts as [PublishedValuePart, PublishedValuePart, PublishedValuePart];
    const [storedK1, storedK2, storedK5] = stored as [PublishedValueData, PublishedValueData, PublishedValueData];
    given(publishedValuesDecider, [published(1)])
      .when(publish({ values: [k1, k2, { ...k5, version: 2 }] }))
      .then([published(2, { values: [storedK1, storedK2, { ...storedK5, version: 2 }] })]);
    given(publishedValuesDecider, [published(1)])
      .when(publish({ values: [k1, { ...k2, target: 80 }, k5] }))
      .then([published(2, { values: [storedK1, { ...storedK2, target: 80 }, storedK5] })]);
    given(publishedValuesDecider, [published(1)])
      .when(publish({ values: [k1, k2] }))
      .then([published(2, { values: [storedK1, storedK2] })]);
  });

  it.each(['2025', 'Y25', 'Q2025-5', 'M2025-7', 'Y2025:k1'])('refuses the period key %s', (period) => {
    const error = given(publishedValuesDecider).when(publish({ period })).thenFails('PUBLISHED.PERIOD_INVALID');
    expect([error.field, error.details]).toEqual(['period', { period }]);
  });

  it.each(['Y2027', 'M2027-01'])('refuses %s, a period to come, saying only an ended or the current period can be published', (period) => {
    const error = given(publishedValuesDecider).when(publish({ period })).thenFails('PUBLISHED.PERIOD_NOT_STARTED');
    expect(error.details).toEqual({ period, from: `${period.slice(1, 5)}-01-01`, today: '2026-12-07' });
    expect(error.message).toContain('only a period that has ended or the current one');
  });

  it.each(['2026-02-30', '2026-12', '07/12/2026', ''])('refuses the structure date "%s"', (structureDate) => {
    expect(given(publishedValuesDecider).when(publish({ structureDate })).thenFails('PUBLISHED.STRUCTURE_DATE_INVALID').field).toBe('structureDate');
  });

  it('refuses a publication without values', () => {
    expect(
      given(publishedValuesDecider)
        .when(publish({ values: [] }))
        .thenFails('PUBLISHED.VALUES_REQUIRED').field,
    ).toBe('values');
  });

  it('refuses an indicator listed twice, naming it', () => {
    const error = given(publishedValuesDecider)
      .when(publish({ values: [...parts, { indicatorId: 'k2', version: 1, value: 10 }] }))
      .thenFails('PUBLISHED.INDICATOR_DUPLICATE');
    expect([error.field, error.details]).toEqual(['values.3.indicatorId', { indicatorId: 'k2' }]);
  });

  it.each([0, 1.5, -1])('refuses the version %d', (version) => {
    expect(
      given(publishedValuesDecider)
        .when(publish({ values: [{ indicatorId: 'k1', version, value: 1 }] }))
        .thenFails('PUBLISHED.VERSION_INVALID').field,
    ).toBe('values.0.version');
  });

  it.each([
    ['value', Number.NaN],
    ['numerator', Number.POSITIVE_INFINITY],
    ['denominator', Number.NEGATIVE_INFINITY],
    ['target', '60'],
  ])('refuses a %s that is not a finite number (%s)', (name, number) => {
    const values = [parts[0]!, { ...parts[1]!, [name]: number }];
    expect(given(publishedValuesDecider).when(publish({ values })).thenFails('PUBLISHED.NUMBER_INVALID').field).toBe(`values.1.${name}`);
  });

  it('refuses an act with no actor or no valid time', () => {
    given(publishedValuesDecider)
      .when(publish({ actorId: ' ' }))
      .thenFails('REPORTING.ACTOR_REQUIRED');
    given(publishedValuesDecider)
      .when(publish({ today: '2026-13-01' }))
      .thenFails('REPORTING.TIME_INVALID');
  });
});
