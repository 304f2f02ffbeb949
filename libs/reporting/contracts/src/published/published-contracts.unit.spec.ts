import { checkMessage, type EventEnvelope, PublicEventCatalog } from '@tn/shared-event-contracts';
import {
  type IndicatorValuesPublished,
  PUBLISHED_VALUES_ERROR_CODES,
  publishedValuesCommandTypes,
  publishedValuesEventTypes,
  publishedValuesIdOf,
  publishedValuesPublicEvents,
  publishedValuesStreamId,
} from './index';

const [publish] = publishedValuesCommandTypes;
const [publishedType] = publishedValuesEventTypes;

const published: IndicatorValuesPublished = {
  unitId: 'xa-ta-van',
  period: 'Y2025',
  structureDate: '2026-12-07',
  revision: 2,
  values: [
    { indicatorId: 'k1', version: 1, value: 100, numerator: 1, denominator: 1, target: 60 },
    { indicatorId: 'k2', version: 1, value: null, numerator: 3, denominator: 0, target: 60 },
    { indicatorId: 'k5-partners', version: 1, value: 2, numerator: null, denominator: null, target: null },
  ],
  publishedBy: 'acc-manager',
  publishedAt: '2026-12-07T02:00:00.000Z',
};

const envelopeOf = (data: object): EventEnvelope => ({
  eventId: 'e-1',
  type: 'IndicatorValuesPublished',
  schemaVersion: 1,
  streamId: publishedValuesStreamId('xa-ta-van', 'Y2025'),
  streamType: 'published-values',
  streamVersion: 2,
  position: 7,
  occurredAt: '2026-12-07T02:00:00.000Z',
  recordedAt: '2026-12-07T02:00:00.000Z',
  actor: { kind: 'account', id: 'acc-manager' },
  correlationId: 'k',
  causationId: 'c',
  data: data as Record<string, unknown>,
});

describe('published values messages', () => {
  it('publishes on the stream of the unit and period, with write rights over the unit', () => {
    const payload = { unitId: 'xa-ta-van', period: 'Y2025', structureDate: '2026-12-07', values: [] };
    expect(publish.streamId(payload)).toBe('published-values-xa-ta-van:Y2025');
    expect(publish.rights(payload)).toEqual({ permission: 'reporting:write', units: ['xa-ta-van'] });
  });

  it('reads back from the right: a unit id may hold a colon, a period never does', () => {
    expect(publishedValuesIdOf('a:b', 'Q2026-1').split(':').at(-1)).toBe('Q2026-1');
  });

  it('checks only the shape of a command: numbers optional (null is none), the version any number', () => {
    const payload = { unitId: 'u', period: 'nope', structureDate: '2026-02-30', values: [{ indicatorId: 'k1', version: 0.5 }] };
    expect(checkMessage(publish.payload, payload)).toEqual([]);
    const wrong = { ...payload, values: [{ indicatorId: 'k1', version: 1, value: '3', target: Number.POSITIVE_INFINITY }] };
    expect(checkMessage(publish.payload, wrong).map((problem) => problem.field)).toEqual(['values.0.value', 'values.0.target']);
  });

  it('stores every number of each value, null when there is none, never absent', () => {
    expect(checkMessage(publishedType.data, published)).toEqual([]);
    const { target: _target, ...withoutTarget } = published.values[0]!;
    const problems = checkMessage(publishedType.data, {
      ...published,
      revision: 0,
      values: [withoutTarget, { ...published.values[1], value: Number.NaN }],
      structureDate: '2026-12',
    });
    expect(problems.map((problem) => problem.field)).toEqual(['structureDate', 'revision', 'values.0.target', 'values.1.value']);
  });

  it('states the day stocks were counted when the gateway gives it, as a date; revisions without it stay valid', () => {
    const payload = { unitId: 'u', period: 'Y2026', structureDate: '2026-12-07', values: [] };
    expect(checkMessage(publish.payload, { ...payload, stocksOn: '2026-12-07' })).toEqual([]);
    expect(checkMessage(publish.payload, { ...payload, stocksOn: '2026-12' }).map((problem) => problem.field)).toEqual(['stocksOn']);
    expect(checkMessage(publishedType.data, { ...published, stocksOn: '2026-12-07' })).toEqual([]);
    expect(checkMessage(publishedType.data, { ...published, stocksOn: '07/12/2026' }).map((problem) => problem.field)).toEqual(['stocksOn']);
    const catalog = new PublicEventCatalog(publishedValuesPublicEvents, () => []);
    expect(catalog.toPublic(envelopeOf({ ...published, stocksOn: '2026-12-07' }))?.data).toMatchObject({ stocksOn: '2026-12-07' });
    expect(catalog.toPublic(envelopeOf(published))?.data).not.toHaveProperty('stocksOn');
  });

  it('publishes a public form without the account: ids, dates and numbers only', () => {
    const catalog = new PublicEventCatalog(publishedValuesPublicEvents, () => []);
    const outgoing = catalog.toPublic(envelopeOf({ ...published, note: 'not part of the event' }));
    expect(outgoing).toMatchObject({ type: 'reporting.IndicatorValuesPublished', version: 1, streamId: 'published-values-xa-ta-van:Y2025' });
    const { publishedBy: _publishedBy, ...rest } = published;
    expect(outgoing?.data).toEqual(rest);
    expect(JSON.stringify(outgoing)).not.toContain('acc-manager');
  });

  it('lists each error code once', () => {
    expect(new Set(PUBLISHED_VALUES_ERROR_CODES).size).toBe(PUBLISHED_VALUES_ERROR_CODES.length);
    expect(PUBLISHED_VALUES_ERROR_CODES.filter((code) => !/^PUBLISHED\.[A-Z_]+$/.test(code))).toEqual([]);
  });
});
