import { criteriaOfCampaign } from '@tn/campaigns-contracts';
import { fold, given } from '@tn/shared-decider';
import { isUnionOrFederationInitiated } from '../common/types';
import type { AdoptCampaignTemplate, CampaignCommand, OpenLocalCampaign } from './campaign.commands';
import { campaignDecider } from './campaign.decide';
import { type CampaignEvent, campaignStreamId } from './campaign.events';
import type { CampaignDefinition } from './campaign.types';

const summer: CampaignDefinition = {
  name: 'Chiến dịch Thanh niên tình nguyện Hè 2026',
  kind: 'peak',
  peakTemplate: 'summer-volunteer',
  domains: ['new-rural-construction', 'children-care-education'],
  startsOn: '2026-06-01',
  endsOn: '2026-08-31',
  goals: [{ measure: 'rural-road-km', target: 12 }],
  coordinationModelId: 'model-3-forces',
  initiator: 'union',
};
const published: CampaignEvent = {
  type: 'CampaignTemplatePublished',
  data: { ...summer, campaignId: 'he-2026', publisherUnitId: 'lao-cai', publishedOn: '2026-05-01' },
};
const adopt = (unitId: string, localCampaignId: string): AdoptCampaignTemplate => ({
  type: 'AdoptCampaignTemplate',
  templateCampaignId: 'he-2026',
  adoptingUnitId: unitId,
  localCampaignId,
  adoptedOn: '2026-05-10',
  adoptingUnitIsBelowPublisher: true,
});
const adopted = (unitId: string, localCampaignId: string): CampaignEvent => ({
  type: 'CampaignTemplateAdopted',
  data: { templateCampaignId: 'he-2026', adoptingUnitId: unitId, localCampaignId, adoptedOn: '2026-05-10' },
});
const openLocal = (campaignId: string, unitId: string, recorded?: string): OpenLocalCampaign => ({
  type: 'OpenLocalCampaign',
  campaignId,
  organiserUnitId: unitId,
  templateCampaignId: 'he-2026',
  template: { definition: summer, ...(recorded ? { recordedAdoption: { localCampaignId: recorded } } : {}) },
  openedOn: '2026-05-10',
});
const launch = (definition: Partial<CampaignDefinition>): CampaignCommand => ({
  type: 'LaunchCampaign',
  campaignId: 'c-1',
  organiserUnitId: 'ta-van',
  definition: { ...summer, ...definition },
  launchedOn: '2026-05-01',
});

describe('campaigns', () => {
  it('launches a unit campaign with its kind, domains, period, goals, model and initiator', () => {
    given(campaignDecider)
      .when(launch({}))
      .then([{ type: 'CampaignLaunched', data: { ...summer, campaignId: 'c-1', organiserUnitId: 'ta-van', launchedOn: '2026-05-01' } }]);
    expect(campaignStreamId('c-1')).toBe('campaign-c-1');
  });

  it.each([
    ['definition.peakTemplate', { peakTemplate: undefined }, 'CAMPAIGN.PEAK_TEMPLATE_REQUIRED'],
    ['definition.peakTemplate', { kind: 'regular', peakTemplate: 'youth-month' }, 'CAMPAIGN.PEAK_TEMPLATE_UNEXPECTED'],
    ['definition.domains.1', { domains: ['traffic-safety', 'space-travel'] }, 'CAMPAIGN.DOMAIN_UNKNOWN'],
    ['definition.endsOn', { endsOn: '2026-05-01' }, 'CAMPAIGN.PERIOD_INVALID'],
    ['definition.goals.0.target', { goals: [{ measure: 'trees', target: 0 }] }, 'CAMPAIGN.GOAL_INVALID'],
    ['definition.initiator', { initiator: 'someone' }, 'CAMPAIGN.INITIATOR_UNKNOWN'],
  ] as const)('rejects a campaign with a bad %s (%s)', (field, overrides, code) => {
    const error = given(campaignDecider)
      .when(launch(overrides as Partial<CampaignDefinition>))
      .thenFails(code);
    expect(error.field).toBe(field);
  });

  it('gives each of two communes adopting a template one local instance of its own', () => {
    given(campaignDecider, [published])
      .when(adopt('ta-van', 'he-2026-ta-van'))
      .then([adopted('ta-van', 'he-2026-ta-van')]);
    given(campaignDecider, [published, adopted('ta-van', 'he-2026-ta-van')])
      .when(adopt('sa-pa', 'he-2026-sa-pa'))
      .then([adopted('sa-pa', 'he-2026-sa-pa')]);
    const template = fold(campaignDecider, [published, adopted('ta-van', 'he-2026-ta-van'), adopted('sa-pa', 'he-2026-sa-pa')]);
    const recorded = template.status === 'none' ? {} : template.adoptions;
    expect(Object.keys(recorded)).toEqual(['ta-van', 'sa-pa']);
    const opened = given(campaignDecider)
      .when(openLocal('he-2026-ta-van', 'ta-van', recorded['ta-van']?.localCampaignId))
      .then([
        {
          type: 'LocalCampaignOpened',
          data: { ...summer, campaignId: 'he-2026-ta-van', organiserUnitId: 'ta-van', templateCampaignId: 'he-2026', openedOn: '2026-05-10' },
        },
      ]);
    expect(fold(campaignDecider, opened)).toMatchObject({ role: 'local-instance', unitId: 'ta-van', templateCampaignId: 'he-2026' });
  });

  it('refuses a second adoption of a template by the same commune, and records nothing for a retried one', () => {
    const history = [published, adopted('ta-van', 'he-2026-ta-van')];
    const error = given(campaignDecider, history).when(adopt('ta-van', 'he-2026-ta-van-2')).thenFails('CAMPAIGN.ALREADY_ADOPTED');
    expect(error.details).toEqual({ unitId: 'ta-van', localCampaignId: 'he-2026-ta-van' });
    given(campaignDecider, history).when(adopt('ta-van', 'he-2026-ta-van')).then([]);
  });

  it('opens no local instance the template did not record, and none twice', () => {
    given(campaignDecider).when(openLocal('he-2026-x', 'ta-van')).thenFails('CAMPAIGN.ADOPTION_NOT_RECORDED');
    given(campaignDecider)
      .when(openLocal('he-2026-x', 'ta-van', 'he-2026-ta-van'))
      .thenFails('CAMPAIGN.ADOPTION_NOT_RECORDED');
    const command = openLocal('he-2026-ta-van', 'ta-van', 'he-2026-ta-van');
    const opened = campaignDecider.decide(command, campaignDecider.initialState());
    given(campaignDecider, opened).when(command).thenFails('CAMPAIGN.ALREADY_EXISTS');
  });

  it('refuses adoption by a unit outside the publisher, of a campaign that is no template, and of a closed template', () => {
    given(campaignDecider, [published])
      .when({ ...adopt('ha-noi', 'x'), adoptingUnitIsBelowPublisher: false })
      .thenFails('CAMPAIGN.ADOPTER_NOT_BELOW_PUBLISHER');
    given(campaignDecider, [published]).when(adopt('lao-cai', 'x')).thenFails('CAMPAIGN.ADOPTER_NOT_BELOW_PUBLISHER');
    given(campaignDecider, [published])
      .when({ ...adopt('ta-van', 'x'), adoptedOn: '2026-09-01' })
      .thenFails('CAMPAIGN.TEMPLATE_ENDED');
    const own: CampaignEvent = { type: 'CampaignLaunched', data: { ...summer, campaignId: 'he-2026', organiserUnitId: 'lao-cai', launchedOn: '2026-05-01' } };
    given(campaignDecider, [own]).when(adopt('ta-van', 'x')).thenFails('CAMPAIGN.NOT_A_TEMPLATE');
    const closed: CampaignEvent = { type: 'CampaignClosed', data: { campaignId: 'he-2026', closedOn: '2026-05-05' } };
    given(campaignDecider, [published, closed]).when(adopt('ta-van', 'x')).thenFails('CAMPAIGN.CLOSED');
    given(campaignDecider).when(adopt('ta-van', 'x')).thenFails('CAMPAIGN.NOT_FOUND');
  });

  it('applies a coordination model once, and takes no changes once closed', () => {
    const created = campaignDecider.decide(launch({ coordinationModelId: undefined }), campaignDecider.initialState());
    const apply = { type: 'ApplyCoordinationModel', campaignId: 'c-1', coordinationModelId: 'model-7', appliedOn: '2026-05-02' } as const;
    const applied = given(campaignDecider, created)
      .when(apply)
      .then([{ type: 'CampaignCoordinationModelApplied', data: { campaignId: 'c-1', coordinationModelId: 'model-7', appliedOn: '2026-05-02' } }]);
    given(campaignDecider, [...created, ...applied])
      .when(apply)
      .then([]);
    const closed: CampaignEvent = { type: 'CampaignClosed', data: { campaignId: 'c-1', closedOn: '2026-09-01' } };
    given(campaignDecider, [...created, closed])
      .when(apply)
      .thenFails('CAMPAIGN.CLOSED');
    given(campaignDecider, [...created, closed])
      .when({ type: 'CloseCampaign', campaignId: 'c-1', closedOn: '2026-09-02' })
      .then([]);
  });

  it('counts Union and Federation initiatives towards K3, and others not', () => {
    expect(isUnionOrFederationInitiated('union')).toBe(true);
    expect(isUnionOrFederationInitiated('youth-federation')).toBe(true);
    expect(isUnionOrFederationInitiated('other-organisation')).toBe(false);
  });

  it('keeps certificate criteria in the definition, refuses them out of range, and reads old events as the default', () => {
    const launch = (certificateCriteria: CampaignDefinition['certificateCriteria']): CampaignCommand => ({
      type: 'LaunchCampaign',
      campaignId: 'c-9',
      organiserUnitId: 'ta-van',
      definition: { ...summer, certificateCriteria },
      launchedOn: '2026-05-01',
    });
    const [launched] = given(campaignDecider)
      .when(launch({ minimumHours: 16, minimumActivities: 1 }))
      .then([
        {
          type: 'CampaignLaunched',
          data: {
            ...summer,
            certificateCriteria: { minimumHours: 16, minimumActivities: 1 },
            campaignId: 'c-9',
            organiserUnitId: 'ta-van',
            launchedOn: '2026-05-01',
          },
        },
      ]);
    const state = fold(campaignDecider, [launched!]);
    expect(state.status !== 'none' && criteriaOfCampaign(state.definition)).toEqual({ minimumHours: 16, minimumActivities: 1 });
    const error = given(campaignDecider)
      .when(launch({ minimumHours: 5000 }))
      .thenFails('CERTIFICATE.CRITERION_OUT_OF_RANGE');
    expect([error.field, error.details]).toEqual(['definition.certificateCriteria.minimumHours', { value: 5000, min: 1, max: 1000 }]);
    // A campaign recorded before criteria were configurable applies the platform default.
    const old = fold(campaignDecider, [
      { type: 'CampaignLaunched', data: { ...summer, campaignId: 'c-0', organiserUnitId: 'ta-van', launchedOn: '2026-05-01' } },
    ]);
    expect(old.status !== 'none' && criteriaOfCampaign(old.definition)).toEqual({ minimumHours: 40, minimumActivities: 2 });
  });
});
