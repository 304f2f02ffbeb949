import { evolveActivity } from './activity.read-model';
import { activityView } from './activities.resolver';
import { resourceView } from '../outputs/results.views';
import { evolveActivityResults } from '../outputs/results.read-model';

let version = 0;
// Envelopes as the projector receives them (their data unchecked here: `never` lets any shape in).
const event = (type: string, data: Record<string, unknown>) => ({ type, data, streamId: 's', streamVersion: ++version, eventId: `e${version}` }) as never;

const proposed = evolveActivity(
  null,
  event('ActivityProposed', {
    activityId: 'a1',
    name: 'Làm đường',
    organiserUnitId: 'u',
    domains: ['new-rural-construction'],
    location: { unitId: 'u', flags: { ethnicMinority: false, mountainous: true, border: false, island: false } },
    responsibleCadreId: 'cadre',
    initiator: 'union',
    proposedOn: '2026-05-01',
  }),
);
const recorded = (groupIds: string[], partnerIds: string[]) =>
  event('ActivityParticipantsRecorded', { activityId: 'a1', groupIds, partnerIds, recordedBy: 'cadre', recordedOn: '2026-07-04' });

describe("the network's participants and agreements in the campaigns read models", () => {
  it('shows no participants until recorded (documents stored before too), then the last lists recorded', () => {
    expect(activityView(proposed)).toMatchObject({ participantGroupIds: [], participantPartnerIds: [] });
    const first = evolveActivity(proposed, recorded(['clb-1', 'doi-2'], ['p-1']));
    expect(activityView(first)).toMatchObject({ participantGroupIds: ['clb-1', 'doi-2'], participantPartnerIds: ['p-1'] });
    const replaced = evolveActivity(first, recorded(['doi-2'], []));
    expect(activityView(replaced)).toMatchObject({ participantGroupIds: ['doi-2'], participantPartnerIds: [] });
  });

  it('keeps the agreement a resource came under, and none for a resource that names none', () => {
    const gift = { activityId: 'a1', source: 'business', form: 'cash', amountVnd: 1_000_000, receivedOn: '2026-06-20' };
    const results = [
      event('ResourceMobilised', { ...gift, resourceId: 'r1', agreementId: 'hd-1' }),
      event('ResourceMobilised', { ...gift, resourceId: 'r2' }),
    ].reduce(evolveActivityResults, null as never);
    expect(results.resources.map(resourceView).map(({ id, agreementId }) => ({ id, agreementId }))).toEqual([
      { id: 'r1', agreementId: 'hd-1' },
      { id: 'r2', agreementId: null },
    ]);
  });
});
