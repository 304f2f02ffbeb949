import { BUILT_IN_MEASURE_IDS } from '@tn/campaigns-contracts';
import { fold, given } from '@tn/shared-decider';
import type { DefineOutputMeasure } from './catalogue.commands';
import { catalogueDecider } from './catalogue.decide';
import { type CatalogueEvent, outputCatalogueStreamId } from './catalogue.events';
import { catalogueOf } from './catalogue.evolve';

const wells = {
  measureId: 'clean-water-wells',
  nameVi: 'Giếng nước sạch',
  nameEn: 'Clean-water wells',
  unitVi: 'giếng',
  unitEn: 'wells',
  valueType: 'count',
} as const;
const define: DefineOutputMeasure = { type: 'DefineOutputMeasure', ...wells, definedOn: '2026-05-01' };
const defined: CatalogueEvent = { type: 'OutputMeasureDefined', data: { ...wells, definedOn: '2026-05-01' } };
const retired: CatalogueEvent = {
  type: 'OutputMeasureRetired',
  data: { measureId: wells.measureId, reason: 'gộp vào công trình vệ sinh', retiredOn: '2026-09-01' },
};

describe('the output measure catalogue', () => {
  it('ships the built-in measures, each with Vietnamese and English names and units, counts and quantities', () => {
    const catalogue = catalogueOf(catalogueDecider.initialState());
    expect(catalogue.map((m) => m.measureId)).toEqual(
      expect.arrayContaining(['rural-road-km', 'houses', 'trees', 'beneficiaries', 'blood-units', 'play-spaces']),
    );
    expect(new Set(BUILT_IN_MEASURE_IDS).size).toBe(BUILT_IN_MEASURE_IDS.length);
    expect(catalogue.find((m) => m.measureId === 'rural-road-km')).toMatchObject({ valueType: 'quantity', unitVi: 'km', builtIn: true, retired: false });
    expect(catalogue.find((m) => m.measureId === 'trees')).toMatchObject({ valueType: 'count', nameVi: 'Cây xanh được trồng' });
    expect(catalogue.every((m) => m.nameVi && m.nameEn && m.unitVi && m.unitEn)).toBe(true);
    expect(outputCatalogueStreamId()).toBe('output-catalogue-national');
  });

  it('defines a new measure, after the built-ins; the same definition again records nothing', () => {
    given(catalogueDecider).when(define).then([defined]);
    given(catalogueDecider, [defined]).when(define).then([]);
    const catalogue = catalogueOf(fold(catalogueDecider, [defined]));
    expect(catalogue.at(-1)).toEqual({ ...wells, builtIn: false, retired: false });
  });

  it('never gives a used id another meaning, and never redefines a built-in', () => {
    given(catalogueDecider, [defined])
      .when({ ...define, valueType: 'quantity' })
      .thenFails('OUTPUT_MEASURE.ALREADY_DEFINED');
    // Repeating the definition of a retired measure records nothing: it stays retired.
    given(catalogueDecider, [defined, retired]).when(define).then([]);
    given(catalogueDecider)
      .when({ ...define, measureId: 'trees' })
      .thenFails('OUTPUT_MEASURE.BUILT_IN');
  });

  it('requires a well-formed id, both names, both unit labels and a known value type, naming the field', () => {
    const cases: [Partial<DefineOutputMeasure>, string, string][] = [
      [{ measureId: 'Giếng Nước' }, 'OUTPUT_MEASURE.ID_INVALID', 'measureId'],
      [{ measureId: 'wells-' }, 'OUTPUT_MEASURE.ID_INVALID', 'measureId'],
      [{ nameVi: ' ' }, 'OUTPUT_MEASURE.NAME_REQUIRED', 'nameVi'],
      [{ nameEn: '' }, 'OUTPUT_MEASURE.NAME_REQUIRED', 'nameEn'],
      [{ unitVi: '' }, 'OUTPUT_MEASURE.UNIT_REQUIRED', 'unitVi'],
      [{ unitEn: '' }, 'OUTPUT_MEASURE.UNIT_REQUIRED', 'unitEn'],
      [{ valueType: 'money' as never }, 'OUTPUT_MEASURE.VALUE_TYPE_UNKNOWN', 'valueType'],
      [{ definedOn: '2026-02-30' }, 'DATE.INVALID', 'definedOn'],
    ];
    for (const [change, code, field] of cases) {
      expect(
        given(catalogueDecider)
          .when({ ...define, ...change })
          .thenFails(code).field,
      ).toBe(field);
    }
  });

  it('retires a defined measure with a reason, once; built-ins and unknown ids cannot be retired', () => {
    const retire = { type: 'RetireOutputMeasure', measureId: wells.measureId, reason: 'gộp vào công trình vệ sinh', retiredOn: '2026-09-01' } as const;
    given(catalogueDecider, [defined]).when(retire).then([retired]);
    given(catalogueDecider, [defined, retired]).when(retire).then([]);
    given(catalogueDecider, [defined])
      .when({ ...retire, reason: '' })
      .thenFails('OUTPUT_MEASURE.RETIRE_REASON_REQUIRED');
    given(catalogueDecider).when(retire).thenFails('OUTPUT_MEASURE.NOT_FOUND');
    given(catalogueDecider)
      .when({ ...retire, measureId: 'houses' })
      .thenFails('OUTPUT_MEASURE.BUILT_IN');
    expect(catalogueOf(fold(catalogueDecider, [defined, retired])).at(-1)).toMatchObject({ measureId: wells.measureId, retired: true });
  });

  it('knows only the measures it holds: ids an object inherits are unknown until defined', () => {
    for (const measureId of ['constructor', 'toString', '__proto__']) {
      given(catalogueDecider)
        .when({ type: 'RetireOutputMeasure', measureId, reason: 'không dùng', retiredOn: '2026-09-01' })
        .thenFails('OUTPUT_MEASURE.NOT_FOUND');
    }
    const constructorMeasure: CatalogueEvent = { type: 'OutputMeasureDefined', data: { ...wells, measureId: 'constructor', definedOn: '2026-05-01' } };
    given(catalogueDecider)
      .when({ ...define, measureId: 'constructor' })
      .then([constructorMeasure]);
    given(catalogueDecider, [constructorMeasure])
      .when({ ...define, measureId: 'constructor' })
      .then([]);
    // A retirement the stream holds for an unknown id changes nothing.
    expect(catalogueOf(fold(catalogueDecider, [{ ...retired, data: { ...retired.data, measureId: 'toString' } }]))).toEqual(
      catalogueOf(catalogueDecider.initialState()),
    );
  });
});
