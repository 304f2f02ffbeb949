import { campaignFactsProjection, evolveCampaignFacts } from './campaign-facts.projection';
import type { CampaignFactDoc } from './fact-docs';
import { envelope, fold } from './fact-envelopes.test-fixtures';

const definition = {
  name: 'Chiến dịch Thanh niên tình nguyện hè',
  kind: 'peak',
  peakTemplate: 'summer-volunteer',
  domains: ['social-security'],
  startsOn: '2025-06-01',
  endsOn: '2025-08-31',
  goals: [],
  initiator: 'union',
};
const onCampaign = (campaignId: string, type: string, data: Record<string, unknown>) => envelope(type, { campaignId, ...data }, `campaign-${campaignId}`);

describe('campaign facts', () => {
  it('keeps a launched campaign dated by its launch, keyed by its organiser’s year', () => {
    const launched = onCampaign('c-1', 'CampaignLaunched', { ...definition, organiserUnitId: 'tinh-lao-cai', launchedOn: '2025-05-20' });
    expect(fold(evolveCampaignFacts, [launched])).toEqual({
      campaignId: 'c-1',
      organiserUnitId: 'tinh-lao-cai',
      domains: ['social-security'],
      initiator: 'union',
      on: '2025-05-20',
      unitYears: ['tinh-lao-cai|2025'],
      years: ['2025'],
    });
    expect(campaignFactsProjection.documentId(launched)).toBe('c-1');
    expect(campaignFactsProjection.indexes).toEqual([{ unitYears: 1 }, { years: 1 }]);
  });

  it('keeps a unit’s local instance of a template dated by its opening, with the model it applies later', () => {
    const doc = fold(evolveCampaignFacts, [
      onCampaign('c-local', 'LocalCampaignOpened', {
        ...definition,
        organiserUnitId: 'xa-ta-van',
        templateCampaignId: 'c-template',
        coordinationModelId: 'm-1',
        openedOn: '2025-06-02',
      }),
      onCampaign('c-local', 'CampaignCoordinationModelApplied', { coordinationModelId: 'm-2', appliedOn: '2025-06-10' }),
    ]) as CampaignFactDoc;
    expect(doc).toMatchObject({
      campaignId: 'c-local',
      organiserUnitId: 'xa-ta-van',
      coordinationModelId: 'm-2',
      on: '2025-06-02',
      unitYears: ['xa-ta-van|2025'],
    });
  });

  it('follows no template: its own events are not handled, and a model applied to it leaves no document', () => {
    expect(campaignFactsProjection.handles).toEqual(['CampaignLaunched', 'LocalCampaignOpened', 'CampaignCoordinationModelApplied']);
    // Only some of the stream's event types are followed, so a document must take any newer version.
    expect(campaignFactsProjection.contiguous).toBe(false);
    expect(
      evolveCampaignFacts(null, onCampaign('c-template', 'CampaignCoordinationModelApplied', { coordinationModelId: 'm-1', appliedOn: '2025-05-01' })),
    ).toBeNull();
  });
});
