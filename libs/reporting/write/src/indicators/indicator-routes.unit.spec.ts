import { indicatorStreamId } from '@tn/reporting-contracts';
import { ISSUED_AT, reportingWorld } from '../reporting.test-fixtures';

const definition = {
  indicatorId: 'lc-clean',
  code: 'LC-02',
  nameVi: 'Số hoạt động làm sạch môi trường',
  nameEn: 'Clean-up activities',
  formula: { kind: 'count', measure: { source: 'flows', kinds: ['activity'], aggregate: 'count', filter: { domains: ['environment-climate-change'] } } },
  unit: 'hoạt động',
  targets: [{ year: 2026, value: 24 }],
  ownerUnitId: 'tinh-lao-cai',
};

describe('indicator routes', () => {
  it('routes every indicator command to the indicator stream', () => {
    const { routes } = reportingWorld();
    expect(routes.filter((route) => route.streamType === 'indicator').map((route) => route.definition.type)).toEqual([
      'DefineIndicator',
      'ReviseIndicator',
      'RetireIndicator',
    ]);
  });

  it('dates each version by the server and signs it by the actor, whatever the payload says', async () => {
    const world = reportingWorld();
    await world.send('DefineIndicator', { ...definition, definedBy: 'someone', definedAt: '2020-01-01T00:00:00Z', version: 7 });
    await world.send(
      'ReviseIndicator',
      { ...definition, ownerUnitId: undefined, targets: [{ year: 2026, value: 30 }] },
      'manager-2',
      '2026-07-02T01:00:00.000Z',
    );
    await world.send('RetireIndicator', { indicatorId: 'lc-clean', reason: 'Gộp vào chỉ tiêu chung' }, 'manager-3', '2026-07-03T01:00:00.000Z');
    const events = world.store.eventsOf(indicatorStreamId('lc-clean'));
    expect(events.map((event) => [event.type, event.data['version'], event.data['ownerUnitId']])).toEqual([
      ['IndicatorDefined', 1, 'tinh-lao-cai'],
      ['IndicatorRevised', 2, 'tinh-lao-cai'],
      ['IndicatorRetired', 2, 'tinh-lao-cai'],
    ]);
    expect(events[0]?.data).toMatchObject({ definedBy: 'manager-1', definedAt: ISSUED_AT });
    expect(events[1]?.data).toMatchObject({ revisedBy: 'manager-2', revisedAt: '2026-07-02T01:00:00.000Z', targets: [{ year: 2026, value: 30 }] });
    expect(events[2]?.data).toMatchObject({ retiredBy: 'manager-3', retiredAt: '2026-07-03T01:00:00.000Z', targets: [{ year: 2026, value: 30 }] });
    expect(await world.lookups.recordOf('indicator', 'lc-clean', '2026-06-01')).toMatchObject({ status: 'retired', ownerUnitId: 'tinh-lao-cai', version: 2 });
  });

  it('refuses a programme id before anything is stored', async () => {
    const world = reportingWorld();
    await expect(world.send('DefineIndicator', { ...definition, indicatorId: 'k2' })).rejects.toMatchObject({ code: 'INDICATOR.ID_RESERVED' });
    expect(world.store.eventsOf(indicatorStreamId('k2'))).toEqual([]);
  });

  it('answers a payload of the wrong shape with the platform’s codes, a faulty formula with its own', async () => {
    const world = reportingWorld();
    await expect(world.send('DefineIndicator', { ...definition, formula: 'count' })).rejects.toMatchObject({ code: 'COMMAND.FIELD_TYPE', field: 'formula' });
    await expect(world.send('DefineIndicator', { ...definition, formula: { kind: 'ratio' } })).rejects.toMatchObject({
      code: 'FORMULA.INVALID',
      field: 'formula.numerator',
    });
  });
});
