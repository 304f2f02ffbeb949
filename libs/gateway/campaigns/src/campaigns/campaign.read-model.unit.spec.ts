import { campaignProjection, evolveCampaign } from './campaign.read-model';
import { matches } from './campaigns.resolver';

let version = 0;
// Envelopes as the projector receives them (their data unchecked here: `never` lets any shape in).
const event = (type: string, data: Record<string, unknown>, streamId = 's') =>
  ({ type, data, streamId, streamVersion: ++version, eventId: `e${version}` }) as never;
const definition = {
  name: 'Mùa hè xanh',
  kind: 'peak',
  peakTemplate: 'summer-volunteer',
  domains: ['environment-climate-change'],
  startsOn: '2025-06-01',
  endsOn: '2025-08-31',
  goals: [{ measure: 'trees', target: 100 }],
  initiator: 'union',
};

describe('campaign read model', () => {
  it("keeps a template's adoptions, one per unit, and a local instance's template", () => {
    const template = evolveCampaign(
      null,
      event('CampaignTemplatePublished', { campaignId: 't1', publisherUnitId: 'province', publishedOn: '2025-05-01', ...definition }),
    );
    expect(template).toMatchObject({ role: 'template', organiserUnitId: 'province', status: 'open', adoptions: [] });
    const adopted = event('CampaignTemplateAdopted', { templateCampaignId: 't1', adoptingUnitId: 'commune-a', localCampaignId: 'l1', adoptedOn: '2025-05-02' });
    expect(campaignProjection.documentId(adopted)).toBe('t1');
    const withAdoption = evolveCampaign(template, adopted);
    expect(withAdoption.adoptions).toEqual([{ unitId: 'commune-a', localCampaignId: 'l1', adoptedOn: '2025-05-02' }]);
    const local = evolveCampaign(
      null,
      event('LocalCampaignOpened', { campaignId: 'l1', organiserUnitId: 'commune-a', templateCampaignId: 't1', openedOn: '2025-05-03', ...definition }),
    );
    expect(local).toMatchObject({ role: 'local', organiserUnitId: 'commune-a', templateCampaignId: 't1', peakTemplate: 'summer-volunteer' });
    expect(evolveCampaign(local, event('CampaignClosed', { campaignId: 'l1', closedOn: '2025-09-01' })).status).toBe('closed');
  });

  it('filters by period overlap, domain and status', () => {
    const doc = evolveCampaign(null, event('CampaignLaunched', { campaignId: 'c1', organiserUnitId: 'u', launchedOn: '2025-05-01', ...definition }));
    expect(matches(doc, { from: '2025-08-01', to: '2025-12-31' })).toBe(true);
    expect(matches(doc, { from: '2025-09-01' })).toBe(false);
    expect(matches(doc, { domain: 'traffic-safety' })).toBe(false);
    expect(matches(doc, { status: 'closed' })).toBe(false);
  });

  it('refuses an event for a campaign it never saw', () => {
    expect(() => evolveCampaign(null, event('CampaignClosed', { campaignId: 'x', closedOn: '2025-01-01' }))).toThrow('does not know');
  });
});
