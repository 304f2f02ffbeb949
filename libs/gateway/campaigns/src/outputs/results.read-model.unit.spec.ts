import { builtInMeasures } from '@tn/campaigns-contracts';
import { evolveOutputMeasure, outputMeasureProjection } from './measure.read-model';
import { resultTotalsOf } from './results-totals';
import { activityResultsProjection, evolveActivityResults } from './results.read-model';
import { catalogueFrom } from './results.views';

let version = 0;
// Envelopes as the projector receives them (their data unchecked here: `never` lets any shape in).
const event = (type: string, data: Record<string, unknown>) => ({ type, data, streamId: 's', streamVersion: ++version, eventId: `e${version}` }) as never;
const wells = { measureId: 'wells', nameVi: 'Giếng', nameEn: 'Wells', unitVi: 'giếng', unitEn: 'wells', valueType: 'count', definedOn: '2026-05-01' };

const apply = (events: Parameters<typeof evolveActivityResults>[1][]) => events.reduce(evolveActivityResults, null as never);
const road = (outputId: string, km: number, domain?: string) =>
  event('ActivityOutputRecorded', {
    activityId: 'a1',
    outputId,
    kind: 'youth-work',
    name: 'Đường',
    ...(domain ? { domain } : {}),
    measures: [
      { measureId: 'rural-road-km', value: km },
      { measureId: 'wells', value: 1 },
    ],
    completedOn: '2026-07-01',
  });
const cash = (resourceId: string, source: string, amountVnd: number, activityId = 'a1') =>
  event('ResourceMobilised', { activityId, resourceId, source, form: 'cash', amountVnd, receivedOn: '2026-06-20' });
const goods = event('ResourceMobilised', {
  activityId: 'a1',
  resourceId: 'g1',
  source: 'individual',
  form: 'in-kind',
  description: 'Xi măng',
  quantity: 20,
  unit: 'tấn',
  valuationVnd: 30_000_000,
  receivedOn: '2026-06-21',
});

describe('output measure read model', () => {
  it('keeps defined measures (retired ones marked) after the built-ins, in the order they were defined', () => {
    const defined = evolveOutputMeasure(null, event('OutputMeasureDefined', wells));
    const retired = evolveOutputMeasure(defined, event('OutputMeasureRetired', { measureId: 'wells', reason: 'gộp', retiredOn: '2026-09-01' }));
    expect(retired).toMatchObject({ measureId: 'wells', valueType: 'count', builtIn: false, retired: true, retiredOn: '2026-09-01' });
    const earlier = { ...defined, measureId: 'bins', definedOn: '2026-04-01' };
    expect(
      catalogueFrom([retired, earlier])
        .slice(-2)
        .map((m) => m.measureId),
    ).toEqual(['bins', 'wells']);
    expect(catalogueFrom([]).length).toBe(builtInMeasures().length);
    expect(outputMeasureProjection.contiguous).toBe(false);
    expect(() => evolveOutputMeasure(null, event('OutputMeasureRetired', { measureId: 'x' }))).toThrow('does not know');
  });
});

describe('activity results read model and totals', () => {
  it('lists outputs and resources in order, and marks withdrawn ones', () => {
    const doc = apply([
      road('o1', 1.2),
      road('o2', 0.3),
      goods,
      event('ActivityOutputWithdrawn', { activityId: 'a1', outputId: 'o2', reason: 'trùng', withdrawnOn: '2026-07-02' }),
    ]);
    expect(doc.outputs.map((o) => [o.outputId, o.withdrawal?.reason ?? null])).toEqual([
      ['o1', null],
      ['o2', 'trùng'],
    ]);
    expect(doc.resources[0]).toEqual({
      resourceId: 'g1',
      source: 'individual',
      form: 'in-kind',
      description: 'Xi măng',
      quantity: 20,
      unit: 'tấn',
      valuationVnd: 30_000_000,
      receivedOn: '2026-06-21',
    });
    expect(activityResultsProjection.documentId(goods)).toBe('a1');
  });

  it('sums measures in catalogue order, counts by kind and domain, and totals resources by source and form in VND, without withdrawn records', () => {
    const a1 = apply([
      road('o1', 1.2, 'traffic-safety'),
      road('o2', 0.1),
      road('o3', 5),
      event('ActivityOutputWithdrawn', { activityId: 'a1', outputId: 'o3', reason: 'nhầm', withdrawnOn: '2026-07-02' }),
      cash('c1', 'business', 50_000_000),
      cash('c2', 'business', 20_000_000),
      cash('c3', 'business', 1),
      event('ResourceMobilisationWithdrawn', { activityId: 'a1', resourceId: 'c3', reason: 'nhầm', withdrawnOn: '2026-07-02' }),
      goods,
    ]);
    const other = apply([cash('x1', 'international', 99, 'a2')]);
    const catalogue = catalogueFrom([evolveOutputMeasure(null, event('OutputMeasureDefined', wells))]);
    const totals = resultTotalsOf([{ activityId: 'a1', domains: ['new-rural-construction', 'environment-climate-change'] }], [a1, other], catalogue);
    expect(totals.outputCount).toBe(2);
    expect(totals.outputsByKind).toEqual([{ key: 'youth-work', count: 2 }]);
    expect(totals.outputsByDomain).toEqual([
      { key: 'environment-climate-change', count: 1 },
      { key: 'new-rural-construction', count: 1 },
      { key: 'traffic-safety', count: 1 },
    ]);
    expect(totals.measures.map(({ measure, total, outputCount }) => [measure.measureId, total, outputCount])).toEqual([
      ['rural-road-km', 1.3, 2],
      ['wells', 2, 2],
    ]);
    expect(totals.resources).toEqual([
      { source: 'business', form: 'cash', count: 2, totalVnd: 70_000_000 },
      { source: 'individual', form: 'in-kind', count: 1, totalVnd: 30_000_000 },
    ]);
    expect(totals.resourcesTotalVnd).toBe(100_000_000);
  });
});
