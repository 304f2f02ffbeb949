import { type IndicatorDefinition, type IndicatorValuesPublished, PROGRAMME_INDICATOR_IDS } from '@tn/reporting-contracts';
import type { IndicatorDefinitionDoc } from '../definitions/indicator-definition.read-model';
import { envelope } from '../facts/fact-envelopes.test-fixtures';
import { evolvePublishedValuesDoc, publishedValuesProjection } from './published-values.read-model';
import { indicatorsToPublish, publishedPartOf } from './values-to-publish';

const revision = (n: number, value: number): IndicatorValuesPublished => ({
  unitId: 'xa-ta-van',
  period: 'Y2025',
  structureDate: '2026-12-07',
  revision: n,
  values: [{ indicatorId: 'k2', version: 1, value, numerator: value, denominator: 100, target: 60 }],
  publishedBy: `acc-${n}`,
  publishedAt: `2026-12-0${n}T02:00:00.000Z`,
});

const plan = (indicatorId: string, version: number, retired = false): IndicatorDefinitionDoc => {
  const definition: IndicatorDefinition = {
    indicatorId,
    version,
    code: indicatorId.toUpperCase(),
    nameVi: 'Số hoạt động',
    nameEn: 'Activities',
    formula: { kind: 'count', measure: { source: 'flows', kinds: ['activity'], aggregate: 'count' } },
    unit: 'hoạt động',
    targets: [],
    origin: 'plan',
    ownerUnitId: 'tinh-lao-cai',
  };
  return { indicatorId, ownerUnitId: 'tinh-lao-cai', retired, current: definition, versions: [definition] };
};

describe('published values read model', () => {
  it('keeps one document per unit and period, by id', () => {
    expect(publishedValuesProjection.collection).toBe('gw_reporting_published_values');
    expect(publishedValuesProjection.name).toMatch(/^gateway-reporting-/);
    expect(publishedValuesProjection.documentId(envelope('IndicatorValuesPublished', revision(1, 40) as never))).toBe('xa-ta-van:Y2025');
    expect(publishedValuesProjection.purgeSubject).toBeUndefined();
  });

  it('holds the latest revision, and an older one replayed after it changes nothing', () => {
    const second = evolvePublishedValuesDoc(evolvePublishedValuesDoc(null, revision(1, 40)), revision(2, 55));
    expect(second).toEqual(revision(2, 55));
    expect(evolvePublishedValuesDoc(second, revision(1, 40))).toBe(second);
  });

  it('keeps the day stocks were counted, when the revision states it', () => {
    expect(evolvePublishedValuesDoc(null, { ...revision(1, 40), stocksOn: '2025-12-31' })).toEqual({ ...revision(1, 40), stocksOn: '2025-12-31' });
    expect(evolvePublishedValuesDoc(null, revision(1, 40))).not.toHaveProperty('stocksOn');
  });
});

describe('what a unit publishes', () => {
  it('publishes K1–K5, then its lineage’s plan indicators in force at their latest version, each once', () => {
    const definitions = indicatorsToPublish([plan('lc-ntm', 2), plan('lc-old', 1, true), plan('lc-ntm', 2), plan('lc-san-choi', 1)]);
    expect(definitions.map((definition) => `${definition.indicatorId}@${definition.version}`)).toEqual([
      ...PROGRAMME_INDICATOR_IDS.map((indicatorId) => `${indicatorId}@1`),
      'lc-ntm@2',
      'lc-san-choi@1',
    ]);
  });

  it('carries every number of a value, null when the engine has none', () => {
    const ratio = {
      indicatorId: 'k2',
      version: 1,
      unitId: 'u',
      period: 'Y2025',
      structureDate: '2026-12-07',
      stocksOn: '2025-12-31',
      value: 25,
      numerator: 1,
      denominator: 4,
    };
    expect(publishedPartOf({ ...ratio, target: { year: 2025, value: 60 }, progress: 25 / 60 })).toEqual({
      indicatorId: 'k2',
      version: 1,
      value: 25,
      numerator: 1,
      denominator: 4,
      target: 60,
    });
    expect(
      publishedPartOf({
        indicatorId: 'k5-partners',
        version: 1,
        unitId: 'u',
        period: 'Y2025',
        structureDate: '2026-12-07',
        stocksOn: '2025-12-31',
        value: null,
      }),
    ).toEqual({
      indicatorId: 'k5-partners',
      version: 1,
      value: null,
      numerator: null,
      denominator: null,
      target: null,
    });
  });
});
