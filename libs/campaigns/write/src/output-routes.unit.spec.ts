import { activityResultsStreamId, outputCatalogueStreamId } from '@tn/campaigns-domain';
import { outputRoutes } from './output-routes';
import { commandOf, failureOf, fixedDirectory, fixedLookups, rightsOf, routeOf, streamOf } from './routes.test-fixtures';

const wells = {
  measureId: 'wells',
  nameVi: 'Giếng',
  nameEn: 'Wells',
  unitVi: 'giếng',
  unitEn: 'wells',
  valueType: 'count' as const,
  builtIn: false,
  retired: false,
};
const lookups = fixedLookups({ activities: { 'a-1': 'ta-van', 'a-2': 'ta-van' }, activityStatuses: { 'a-2': 'planned' }, measures: [wells] });
const routes = outputRoutes(lookups, fixedDirectory(), { lineageOf: () => [] });
const route = (type: string) => routeOf(routes, type);
const output = {
  activityId: 'a-1',
  outputId: 'o-1',
  kind: 'youth-work',
  name: 'Đường bê tông thôn 3',
  measures: [
    { measureId: 'rural-road-km', value: 1.2 },
    { measureId: 'wells', value: 2 },
  ],
  completedOn: '2026-07-03',
};
const measure = { measureId: 'x', nameVi: 'X', nameEn: 'X', unitVi: 'x', unitEn: 'x', valueType: 'count', definedOn: '2026-05-01' };
const cash = { activityId: 'a-1', resourceId: 'r-1', source: 'business', form: 'cash', amountVnd: 5_000_000, receivedOn: '2026-06-20' };

describe('output and resource command routes', () => {
  it("routes the catalogue to its one stream and results to the activity's results stream", () => {
    expect(routes.map((r) => r.definition.type).sort()).toEqual([
      'DefineOutputMeasure',
      'RecordActivityOutput',
      'RecordResourceMobilised',
      'RetireOutputMeasure',
      'WithdrawActivityOutput',
      'WithdrawResourceMobilised',
    ]);
    expect(streamOf(route('DefineOutputMeasure'), measure)).toBe(outputCatalogueStreamId());
    expect(streamOf(route('RecordResourceMobilised'), cash)).toBe(activityResultsStreamId('a-1'));
  });

  it("looks up the activity's status and only the measures the output names", async () => {
    const command = await commandOf(route('RecordActivityOutput'), { ...output, valuationVnd: 450_000_000 });
    expect(command).toMatchObject({ type: 'RecordActivityOutput', ...output, valuationVnd: 450_000_000, activityStatus: 'in-progress' });
    expect(Object.keys((command as { catalogue: object }).catalogue).sort()).toEqual(['rural-road-km', 'wells']);
    expect(await commandOf(route('RecordActivityOutput'), { ...output, activityId: 'a-2' })).toMatchObject({ activityStatus: 'planned' });
    expect(await commandOf(route('RecordActivityOutput'), { ...output, activityId: 'nowhere' })).toMatchObject({ activityStatus: 'none' });
  });

  it('names a malformed measure by its index, and the decider refuses a measure the catalogue lacks', async () => {
    const bad = {
      ...output,
      measures: [
        { measureId: 'trees', value: 3 },
        { measureId: 'houses', value: 'two' },
      ],
    };
    expect(await failureOf(() => commandOf(route('RecordActivityOutput'), bad))).toMatchObject({ code: 'COMMAND.FIELD_TYPE', field: 'measures.1.value' });
    const unknown = await commandOf(route('RecordActivityOutput'), { ...output, measures: [{ measureId: 'rubber', value: 1 }] });
    expect(await failureOf(() => route('RecordActivityOutput').decider.decide(unknown, route('RecordActivityOutput').decider.initialState()))).toMatchObject({
      code: 'OUTPUT.MEASURE_UNKNOWN',
      field: 'measures.0.measureId',
    });
  });

  it('maps a gift in kind with its optional fields, and a measure definition', async () => {
    const goods = {
      activityId: 'a-1',
      resourceId: 'r-1',
      source: 'business',
      form: 'in-kind',
      description: 'Xi măng',
      quantity: 20,
      unit: 'tấn',
      valuationVnd: 30_000_000,
      receivedOn: '2026-06-20',
      donorName: 'Công ty A',
    };
    expect(await commandOf(route('RecordResourceMobilised'), goods)).toEqual({ type: 'RecordResourceMobilised', ...goods, activityStatus: 'in-progress' });
    const definition = {
      measureId: 'wells-2',
      nameVi: 'Giếng',
      nameEn: 'Wells',
      unitVi: 'giếng',
      unitEn: 'wells',
      valueType: 'count',
      definedOn: '2026-05-01',
    };
    expect(await commandOf(route('DefineOutputMeasure'), definition)).toEqual({ type: 'DefineOutputMeasure', ...definition });
    expect(await failureOf(() => commandOf(route('DefineOutputMeasure'), { ...definition, unitEn: undefined }))).toMatchObject({ field: 'unitEn' });
  });

  it("scopes results by the activity's organiser, and the catalogue to no unit (system administrators only)", () => {
    expect(rightsOf(route('RecordActivityOutput'), output)).toEqual({ permission: 'campaigns:write', units: [], activityId: 'a-1' });
    expect(rightsOf(route('WithdrawResourceMobilised'), { activityId: 'a-1', resourceId: 'r-1', reason: 'hoàn trả', withdrawnOn: '2026-06-30' })).toMatchObject(
      { activityId: 'a-1' },
    );
    expect(rightsOf(route('DefineOutputMeasure'), measure)).toEqual({ permission: 'campaigns:write', units: [''] });
  });
});
