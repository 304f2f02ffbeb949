import { isProgrammeIndicatorId, PROGRAMME_INDICATOR_IDS, PROGRAMME_INDICATORS, programmeIndicatorOf } from './programme-indicators';

describe('programme indicators', () => {
  it('lists K1–K5 by the ids and codes of the design, each version 1 of the programme', () => {
    expect(PROGRAMME_INDICATORS.map(({ indicatorId, code }) => `${code}=${indicatorId}`)).toEqual([
      'K1=k1',
      'K2=k2',
      'K3=k3',
      'K4=k4',
      'K5.1=k5-groups-registered',
      'K5.2=k5-groups-verified',
      'K5.3=k5-groups-active',
      'K5.4=k5-partners',
      'K5.5=k5-joint-activities',
    ]);
    expect(PROGRAMME_INDICATORS.every((definition) => definition.version === 1 && definition.origin === 'programme' && !definition.ownerUnitId)).toBe(true);
    expect(new Set(PROGRAMME_INDICATOR_IDS).size).toBe(PROGRAMME_INDICATORS.length);
  });

  it('gives K1–K4 their 2025 and 2030 targets as percentages, and K5 none', () => {
    const targets = Object.fromEntries(
      PROGRAMME_INDICATORS.map((definition) => [definition.code, definition.targets.map(({ year, value }) => `${year}:${value}`)]),
    );
    expect(targets).toEqual({
      K1: ['2025:60', '2030:80'],
      K2: ['2025:60', '2030:80'],
      K3: ['2025:80', '2030:100'],
      K4: ['2025:80', '2030:100'],
      'K5.1': [],
      'K5.2': [],
      'K5.3': [],
      'K5.4': [],
      'K5.5': [],
    });
    expect(PROGRAMME_INDICATORS.filter((definition) => definition.unit === '%').map((definition) => definition.code)).toEqual(['K1', 'K2', 'K3', 'K4']);
  });

  it('states the working definitions: K1 coverage of activity, K2 over declared activities, K3 trained models, K4 qualified cadres', () => {
    expect(programmeIndicatorOf('k1')?.formula).toMatchObject({ kind: 'coverage', units: {}, atLeast: 1, condition: { kinds: ['activity', 'campaign'] } });
    expect(programmeIndicatorOf('k2')?.formula).toMatchObject({ kind: 'ratio', denominator: { source: 'declared', key: 'activities-held' } });
    expect(programmeIndicatorOf('k3')?.formula).toMatchObject({
      numerator: { filter: { initiators: ['union', 'youth-federation', 'students-association'], namesModel: true, modelTrained: true } },
      denominator: { filter: { initiators: ['union', 'youth-federation', 'students-association'] } },
    });
    expect(programmeIndicatorOf('k4')?.formula).toMatchObject({
      numerator: { source: 'cadres', qualified: true },
      denominator: { source: 'cadres', qualified: false },
    });
    expect(programmeIndicatorOf('k5-groups-active')?.formula).toEqual({ kind: 'count', measure: { source: 'groups', state: 'active' } });
  });

  it('finds a programme indicator by its id only, and reserves its id in any case', () => {
    expect(programmeIndicatorOf('k5-partners')?.code).toBe('K5.4');
    expect(programmeIndicatorOf('K1')).toBeUndefined();
    expect(programmeIndicatorOf('plan-1')).toBeUndefined();
    expect([isProgrammeIndicatorId('k1'), isProgrammeIndicatorId('K5-Partners'), isProgrammeIndicatorId('k6')]).toEqual([true, true, false]);
  });
});
