import { publishedValuesStreamId } from '@tn/reporting-contracts';
import { reportingWorld } from '../reporting.test-fixtures';

const k1 = { indicatorId: 'k1', version: 1, value: 50, numerator: 1, denominator: 2, target: 60 };
const publication = { unitId: 'xa-ta-van', period: 'Q2026-2', structureDate: '2026-06-30', values: [k1] };

describe('published values routes', () => {
  it('keeps every revision of a unit and period in one stream, each by its actor at the server’s time', async () => {
    const world = reportingWorld();
    await world.send('PublishIndicatorValues', { ...publication, publishedBy: 'someone-else', revision: 7 });
    await world.send('PublishIndicatorValues', publication, 'manager-2', '2026-07-05T03:00:00.000Z');
    await world.send('PublishIndicatorValues', { ...publication, values: [{ ...k1, value: 100, numerator: 2 }] }, 'manager-2', '2026-07-05T03:00:00.000Z');
    await world.send('PublishIndicatorValues', { ...publication, period: 'Q2026-1' });
    expect(world.store.eventsOf(publishedValuesStreamId('xa-ta-van', 'Q2026-2')).map((event) => event.data)).toEqual([
      { ...publication, revision: 1, publishedBy: 'manager-1', publishedAt: '2026-07-01T02:00:00.000Z' },
      { ...publication, values: [{ ...k1, value: 100, numerator: 2 }], revision: 2, publishedBy: 'manager-2', publishedAt: '2026-07-05T03:00:00.000Z' },
    ]);
    expect(world.store.eventsOf(publishedValuesStreamId('xa-ta-van', 'Q2026-1'))).toHaveLength(1);
  });

  it('takes a null number as none, and stores it as null', async () => {
    const world = reportingWorld();
    await world.send('PublishIndicatorValues', { ...publication, values: [{ indicatorId: 'k2', version: 1, value: null, numerator: 0, denominator: 0 }] });
    expect(world.store.eventsOf(publishedValuesStreamId('xa-ta-van', 'Q2026-2'))[0]?.data['values']).toEqual([
      { indicatorId: 'k2', version: 1, value: null, numerator: 0, denominator: 0, target: null },
    ]);
  });

  it("bounds the period by the server's date in Vietnam: the current quarter from its first day there", async () => {
    const world = reportingWorld();
    // 16:59 UTC on 30 September is still 30 September in Vietnam; 17:30 UTC is 1 October, the fourth quarter's first day.
    await expect(world.send('PublishIndicatorValues', { ...publication, period: 'Q2026-4' }, 'manager-1', '2026-09-30T16:59:00.000Z')).rejects.toMatchObject({
      code: 'PUBLISHED.PERIOD_NOT_STARTED',
      details: { period: 'Q2026-4', from: '2026-10-01', today: '2026-09-30' },
    });
    await expect(world.send('PublishIndicatorValues', { ...publication, period: 'Q2026-4' }, 'manager-1', '2026-09-30T17:30:00.000Z')).resolves.toMatchObject({
      duplicate: false,
    });
  });

  it('answers a number sent as text with the platform’s code, and a version below 1 with its own', async () => {
    const world = reportingWorld();
    await expect(world.send('PublishIndicatorValues', { ...publication, values: [{ ...k1, value: '50' }] })).rejects.toMatchObject({
      code: 'COMMAND.FIELD_TYPE',
      field: 'values.0.value',
    });
    await expect(world.send('PublishIndicatorValues', { ...publication, values: [{ ...k1, version: 0 }] })).rejects.toMatchObject({
      code: 'PUBLISHED.VERSION_INVALID',
      field: 'values.0.version',
    });
  });
});
