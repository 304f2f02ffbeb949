import { DomainError } from '@tn/shared-decider';
import { campaignStreamId } from '@tn/campaigns-domain';
import { campaignRoutes } from './campaign-routes';
import { commandOf, failureOf, fixedLookups, fixedModels, routeOf, streamOf, summerDefinition } from './routes.test-fixtures';

const lookups = fixedLookups({
  campaigns: {
    'tpl-summer': {
      status: 'open',
      campaignId: 'tpl-summer',
      role: 'template',
      unitId: 'lao-cai',
      definition: { ...summerDefinition, kind: 'peak', peakTemplate: 'summer-volunteer', domains: ['environment-climate-change'], initiator: 'union' },
      adoptions: { 'ta-van': { localCampaignId: 'summer-ta-van', adoptedOn: '2026-05-20' } },
    },
    'own-campaign': {
      status: 'open',
      campaignId: 'own-campaign',
      role: 'own',
      unitId: 'ta-van',
      definition: { ...summerDefinition, kind: 'peak', peakTemplate: 'summer-volunteer', domains: ['environment-climate-change'], initiator: 'union' },
      adoptions: {},
    },
  },
});
const routes = campaignRoutes(lookups, fixedModels({ 'model-7': 'published', 'model-old': 'retired' }));
const route = (type: string) => routeOf(routes, type);

describe('campaign command routes', () => {
  it('routes the campaign commands to the campaign streams (an adoption to the template its decided on)', () => {
    expect(routes.map((r) => r.definition.type).sort()).toEqual(['AdoptCampaignTemplate', 'LaunchCampaign', 'OpenLocalCampaign', 'PublishCampaignTemplate']);
    expect(streamOf(route('LaunchCampaign'), { campaignId: 'c-1', organiserUnitId: 'ta-van', definition: summerDefinition, launchedOn: '2026-05-15' })).toBe(
      campaignStreamId('c-1'),
    );
    const adoption = {
      templateCampaignId: 'tpl-summer',
      adoptingUnitId: 'ta-van',
      localCampaignId: 'x',
      adoptedOn: '2026-05-20',
      adoptingUnitIsBelowPublisher: true,
    };
    expect(streamOf(route('AdoptCampaignTemplate'), adoption)).toBe(campaignStreamId('tpl-summer'));
  });

  it('maps a LaunchCampaign payload with its nested definition', async () => {
    const payload = { campaignId: 'c-1', organiserUnitId: 'ta-van', definition: summerDefinition, launchedOn: '2026-05-15' };
    expect(await commandOf(route('LaunchCampaign'), payload)).toEqual({
      type: 'LaunchCampaign',
      campaignId: 'c-1',
      organiserUnitId: 'ta-van',
      definition: summerDefinition,
      launchedOn: '2026-05-15',
    });
  });

  it('names the missing field by its path in the definition', async () => {
    const goals = [{ measure: 'trees', target: 100 }, { measure: 'houses' }];
    const error = await failureOf(() =>
      commandOf(route('PublishCampaignTemplate'), {
        campaignId: 't',
        publisherUnitId: 'lao-cai',
        definition: { ...summerDefinition, goals },
        publishedOn: '2026-05-01',
      }),
    );
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ kind: 'validation', code: 'COMMAND.FIELD_REQUIRED', field: 'definition.goals.1.target' });
    expect(await failureOf(() => commandOf(route('LaunchCampaign'), { campaignId: 'c', organiserUnitId: 'u', launchedOn: '2026-05-01' }))).toMatchObject({
      field: 'definition',
    });
  });

  it('takes the hierarchy fact of an adoption from the payload, and refuses its absence by name', async () => {
    const payload = { templateCampaignId: 'tpl-summer', adoptingUnitId: 'ta-van', localCampaignId: 'summer-ta-van', adoptedOn: '2026-05-20' };
    expect(await failureOf(() => commandOf(route('AdoptCampaignTemplate'), payload))).toMatchObject({
      field: 'adoptingUnitIsBelowPublisher',
    });
    expect(await commandOf(route('AdoptCampaignTemplate'), { ...payload, adoptingUnitIsBelowPublisher: true })).toMatchObject({
      type: 'AdoptCampaignTemplate',
      adoptingUnitIsBelowPublisher: true,
    });
  });

  it('opens a local instance with the template read from its stream, and what it recorded for the unit', async () => {
    const payload = {
      campaignId: 'summer-ta-van',
      organiserUnitId: 'ta-van',
      templateCampaignId: 'tpl-summer',
      openedOn: '2026-05-21',
      coordinationModelId: 'model-7',
    };
    expect(await commandOf(route('OpenLocalCampaign'), payload)).toMatchObject({
      type: 'OpenLocalCampaign',
      coordinationModelId: 'model-7',
      template: { definition: { name: summerDefinition.name }, recordedAdoption: { localCampaignId: 'summer-ta-van' } },
    });
    const other = await commandOf(route('OpenLocalCampaign'), { ...payload, organiserUnitId: 'lao-chai' });
    expect(other).not.toHaveProperty('template.recordedAdoption');
    expect(await failureOf(() => commandOf(route('OpenLocalCampaign'), { ...payload, templateCampaignId: 'missing' }))).toMatchObject({
      code: 'CAMPAIGN.NOT_FOUND',
    });
    expect(await failureOf(() => commandOf(route('OpenLocalCampaign'), { ...payload, templateCampaignId: 'own-campaign' }))).toMatchObject({
      code: 'CAMPAIGN.NOT_A_TEMPLATE',
    });
  });

  it('checks the coordination model a command names, by the field that names it', async () => {
    const launch = {
      campaignId: 'c-1',
      organiserUnitId: 'ta-van',
      definition: { ...summerDefinition, coordinationModelId: 'model-7' },
      launchedOn: '2026-05-15',
    };
    expect(await commandOf(route('LaunchCampaign'), launch)).toMatchObject({ definition: { coordinationModelId: 'model-7' } });
    const retired = { ...launch, definition: { ...launch.definition, coordinationModelId: 'model-old' } };
    expect(await failureOf(() => commandOf(route('LaunchCampaign'), retired))).toMatchObject({
      kind: 'validation',
      code: 'CAMPAIGN.COORDINATION_MODEL_RETIRED',
      field: 'definition.coordinationModelId',
    });
    const template = {
      campaignId: 't-1',
      publisherUnitId: 'lao-cai',
      definition: { ...summerDefinition, coordinationModelId: 'model-9' },
      publishedOn: '2026-05-01',
    };
    expect(await failureOf(() => commandOf(route('PublishCampaignTemplate'), template))).toMatchObject({
      code: 'CAMPAIGN.COORDINATION_MODEL_UNKNOWN',
      field: 'definition.coordinationModelId',
    });
    const opening = { campaignId: 'summer-ta-van', organiserUnitId: 'ta-van', templateCampaignId: 'tpl-summer', openedOn: '2026-05-21' };
    expect(await failureOf(() => commandOf(route('OpenLocalCampaign'), { ...opening, coordinationModelId: 'model-old' }))).toMatchObject({
      code: 'CAMPAIGN.COORDINATION_MODEL_RETIRED',
      field: 'coordinationModelId',
    });
    // Naming none leaves nothing to check (a local instance keeps its template's model, checked when the template was published).
    expect(await commandOf(route('OpenLocalCampaign'), opening)).toMatchObject({ type: 'OpenLocalCampaign' });
    expect(await commandOf(route('LaunchCampaign'), { ...launch, definition: summerDefinition })).toMatchObject({ type: 'LaunchCampaign' });
  });
});
