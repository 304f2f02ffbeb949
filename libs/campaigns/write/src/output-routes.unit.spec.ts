import { activityResultsStreamId, outputCatalogueStreamId } from '@tn/campaigns-domain';
import { outputRoutes } from './output-routes';
import { envelopeOf, failureOf, fixedLookups, routeOf } from './routes.test-fixtures';
import { scopeOfCampaignCommand } from './service/command-scopes';

const wells = { measureId: 'wells', nameVi: 'Giếng', nameEn: 'Wells', unitVi: 'giếng', unitEn: 'wells', valueType: 'count' as const, builtIn: false, retired: false };
const lookups = fixedLookups({ activities: { 'a-1': 'ta-van', 'a-2': 'ta-van' }, activityStatuses: { 'a-2': 'planned' }, measures: [wells] });
const routes = outputRoutes(lookups);
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

describe('output and resource command routes', () => {
  it('routes the catalogue to its one stream and results to the activity\'s results stream', () => {
    expect(routes.map((r) => r.type).sort()).toEqual([
      'DefineOutputMeasure',
      'RecordActivityOutput',
      'RecordResourceMobilised',
      'RetireOutputMeasure',
      'WithdrawActivityOutput',
      'WithdrawResourceMobilised',
    ]);
    expect(route('DefineOutputMeasure').streamIdOf(envelopeOf('DefineOutputMeasure', { measureId: 'x' }))).toBe(outputCatalogueStreamId());
    expect(route('RecordResourceMobilised').streamIdOf(envelopeOf('RecordResourceMobilised', { activityId: 'a-1' }))).toBe(activityResultsStreamId('a-1'));
  });

  it('looks up the activity\'s status and only the measures the output names', async () => {
    const command = await route('RecordActivityOutput').toCommand(envelopeOf('RecordActivityOutput', { ...output, valuationVnd: 450_000_000 }));
    expect(command).toMatchObject({ type: 'RecordActivityOutput', ...output, valuationVnd: 450_000_000, activityStatus: 'in-progress' });
    expect(Object.keys((command as { catalogue: object }).catalogue).sort()).toEqual(['rural-road-km', 'wells']);
    expect(await route('RecordActivityOutput').toCommand(envelopeOf('RecordActivityOutput', { ...output, activityId: 'a-2' }))).toMatchObject({ activityStatus: 'planned' });
    expect(await route('RecordActivityOutput').toCommand(envelopeOf('RecordActivityOutput', { ...output, activityId: 'nowhere' }))).toMatchObject({ activityStatus: 'none' });
  });

  it('names a malformed measure by its index, and the decider refuses a measure the catalogue lacks', async () => {
    const bad = { ...output, measures: [{ measureId: 'trees', value: 3 }, { measureId: 'houses', value: 'two' }] };
    expect(await failureOf(() => route('RecordActivityOutput').toCommand(envelopeOf('RecordActivityOutput', bad)))).toMatchObject({ code: 'COMMAND.FIELD_REQUIRED', field: 'measures.1.value' });
    const unknown = await route('RecordActivityOutput').toCommand(envelopeOf('RecordActivityOutput', { ...output, measures: [{ measureId: 'rubber', value: 1 }] }));
    expect(await failureOf(() => route('RecordActivityOutput').decider.decide(unknown, route('RecordActivityOutput').decider.initialState()))).toMatchObject({
      code: 'OUTPUT.MEASURE_UNKNOWN',
      field: 'measures.0.measureId',
    });
  });

  it('maps a gift in kind with its optional fields, and a measure definition', async () => {
    const goods = { activityId: 'a-1', resourceId: 'r-1', source: 'business', form: 'in-kind', description: 'Xi măng', quantity: 20, unit: 'tấn', valuationVnd: 30_000_000, receivedOn: '2026-06-20', donorName: 'Công ty A' };
    expect(await route('RecordResourceMobilised').toCommand(envelopeOf('RecordResourceMobilised', goods))).toEqual({ type: 'RecordResourceMobilised', ...goods, activityStatus: 'in-progress' });
    const definition = { measureId: 'wells-2', nameVi: 'Giếng', nameEn: 'Wells', unitVi: 'giếng', unitEn: 'wells', valueType: 'count', definedOn: '2026-05-01' };
    expect(await route('DefineOutputMeasure').toCommand(envelopeOf('DefineOutputMeasure', definition))).toEqual({ type: 'DefineOutputMeasure', ...definition });
    expect(await failureOf(() => route('DefineOutputMeasure').toCommand(envelopeOf('DefineOutputMeasure', { ...definition, unitEn: undefined })))).toMatchObject({ field: 'unitEn' });
  });

  it('scopes results by the activity\'s organiser, and the catalogue to no unit (system administrators only)', () => {
    expect(scopeOfCampaignCommand(envelopeOf('RecordActivityOutput', output))).toEqual({ permission: 'campaigns:write', units: [], activityId: 'a-1' });
    expect(scopeOfCampaignCommand(envelopeOf('WithdrawResourceMobilised', { activityId: 'a-1' }))).toMatchObject({ activityId: 'a-1' });
    expect(scopeOfCampaignCommand(envelopeOf('DefineOutputMeasure', { measureId: 'x' }))).toEqual({ permission: 'campaigns:write', units: [''] });
  });
});
