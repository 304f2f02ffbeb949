import { declaredValueStreamId } from '@tn/reporting-contracts';
import { reportingWorld } from '../reporting.test-fixtures';

const declaration = { unitId: 'xa-ta-van', period: 'Q2026-2', key: 'activities-held', value: 7 };

describe('declared value routes', () => {
  it('keeps every declaration of a unit, period and key in one stream, each by its actor at the server’s time', async () => {
    const world = reportingWorld();
    await world.send('DeclareValue', { ...declaration, declaredBy: 'someone-else' });
    await world.send('DeclareValue', { ...declaration, value: 9, note: 'Thêm 2 buổi sinh hoạt' }, 'manager-2', '2026-07-05T03:00:00.000Z');
    await world.send('DeclareValue', { ...declaration, period: 'Q2026-1', value: 5 });
    expect(world.store.eventsOf(declaredValueStreamId('xa-ta-van', 'Q2026-2', 'activities-held')).map((event) => event.data)).toEqual([
      { ...declaration, declaredBy: 'manager-1', declaredAt: '2026-07-01T02:00:00.000Z' },
      { ...declaration, value: 9, note: 'Thêm 2 buổi sinh hoạt', declaredBy: 'manager-2', declaredAt: '2026-07-05T03:00:00.000Z' },
    ]);
    expect(world.store.eventsOf(declaredValueStreamId('xa-ta-van', 'Q2026-1', 'activities-held'))).toHaveLength(1);
  });

  it("bounds the period by the server's date in Vietnam", async () => {
    const world = reportingWorld();
    // 17:30 UTC on 30 September is already 1 October in Vietnam: the fourth quarter has begun.
    await expect(world.send('DeclareValue', { ...declaration, period: 'Q2026-4' }, 'manager-1', '2026-09-30T16:59:00.000Z')).rejects.toMatchObject({
      code: 'DECLARED.PERIOD_NOT_STARTED',
    });
    await expect(world.send('DeclareValue', { ...declaration, period: 'Q2026-4' }, 'manager-1', '2026-09-30T17:30:00.000Z')).resolves.toMatchObject({
      duplicate: false,
    });
  });

  it('answers a figure that is not a number with the platform’s code, and a fraction with its own', async () => {
    const world = reportingWorld();
    await expect(world.send('DeclareValue', { ...declaration, value: '7' })).rejects.toMatchObject({ code: 'COMMAND.FIELD_TYPE', field: 'value' });
    await expect(world.send('DeclareValue', { ...declaration, value: 7.5 })).rejects.toMatchObject({ code: 'DECLARED.VALUE_INVALID', field: 'value' });
  });
});
