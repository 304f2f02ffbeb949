import { activityEventTypes, activityStreamId, CAMPAIGNS_CONTEXT, ACTIVITY_STATUSES, ACTIVITY_STREAM_TYPE } from '@tn/campaigns-contracts';
import { vietnamDateOf } from '@tn/shared-unit-hierarchy';
import { checkMessage, type EventsOf } from '@tn/shared-event-contracts';
import {
  CAMPAIGN_ACTIVITY_FEED_EVENT_TYPES,
  CAMPAIGN_ACTIVITY_SOURCE_STREAM_TYPE,
  CAMPAIGN_ACTIVITY_STATUSES,
  campaignActivityCopyOf,
  type CampaignActivityFeedEvent,
  campaignActivitySourceStreamId,
  CAMPAIGNS_SOURCE_CONTEXT,
} from '@tn/network-contracts';

/**
 * The campaigns publish their activity events; the network reads them into its copy of the
 * activities (a need raised from a needs survey, a group's activity) through its own declaration
 * of what it reads. The gateway may see every context's contracts, so the two halves are held
 * together here: a rename, a dropped field or a new status on either side fails this spec.
 */

type CampaignEvent = EventsOf<typeof activityEventTypes>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type CarriesWhatIsRead<Published extends { type: string; data: object }, Read extends { type: string; data: object }> = {
  [Type in Read['type']]: [Extract<Published, { type: Type }>['data']] extends [Extract<Read, { type: Type }>['data']] ? true : false;
}[Read['type']];
type Published<Type extends CampaignActivityFeedEvent['type']> = Extract<CampaignEvent, { type: Type }>['data'];

const id = { activityId: 'a-1' };
const published: { [Type in CampaignActivityFeedEvent['type']]: Published<Type> } = {
  ActivityProposed: {
    ...id,
    name: 'Làm đường bê tông thôn 3',
    organiserUnitId: 'ta-van',
    domains: ['new-rural-construction'],
    location: { unitId: 'ta-van', flags: { ethnicMinority: true, mountainous: true, border: false, island: false } },
    responsibleCadreId: 'cadre-7',
    initiator: 'union',
    proposedOn: '2026-06-01',
  },
  ActivityPlanned: { ...id, startsOn: '2026-07-01', endsOn: '2026-07-03', plannedOn: '2026-06-05' },
  ActivityPrepared: { ...id, preparedOn: '2026-06-25' },
  ActivityStarted: { ...id, startedAt: '2026-07-01T07:00:00+07:00' },
  ActivityCompleted: { ...id, completedAt: '2026-07-03T17:00:00+07:00' },
  ActivityEvaluated: { ...id, evaluatedOn: '2026-07-10', summary: 'Tốt' },
  ActivityCancelled: { ...id, fromStatus: 'in-progress', reason: 'Bão số 3', cancelledOn: '2026-07-02' },
  ActivityParticipantsRecorded: { ...id, groupIds: ['clb-1'], partnerIds: ['p-1'], recordedBy: 'cadre-7', recordedOn: '2026-07-04' },
};

describe("the network's reading of the campaigns' activity events", () => {
  it('names event types the campaigns publish, with the same statuses, stream and topic', () => {
    const sameStatuses: Same<(typeof ACTIVITY_STATUSES)[number], (typeof CAMPAIGN_ACTIVITY_STATUSES)[number]> = true;
    expect(sameStatuses).toBe(true);
    const publishedTypes = activityEventTypes.map((definition) => definition.type as string);
    expect(CAMPAIGN_ACTIVITY_FEED_EVENT_TYPES.filter((type) => !publishedTypes.includes(type))).toEqual([]);
    expect(CAMPAIGNS_SOURCE_CONTEXT).toBe(CAMPAIGNS_CONTEXT);
    expect(CAMPAIGN_ACTIVITY_SOURCE_STREAM_TYPE).toBe(ACTIVITY_STREAM_TYPE);
    expect(campaignActivitySourceStreamId('a-1')).toBe(activityStreamId('a-1'));
  });

  it('finds in every campaigns event the fields it reads, with their types', () => {
    const carries: Same<CarriesWhatIsRead<CampaignEvent, CampaignActivityFeedEvent>, true> = true;
    expect(carries).toBe(true);
  });

  it("reads each event, as the campaigns' schema accepts it, into the activity's copy", () => {
    let copy = campaignActivityCopyOf(null, { type: 'ActivityProposed', data: { ...published.ActivityProposed }, streamVersion: 1 }, vietnamDateOf);
    for (const [index, type] of CAMPAIGN_ACTIVITY_FEED_EVENT_TYPES.entries()) {
      const definition = activityEventTypes.find((candidate) => candidate.type === type);
      expect(definition && checkMessage(definition.data, published[type])).toEqual([]);
      if (type !== 'ActivityProposed') copy = campaignActivityCopyOf(copy, { type, data: { ...published[type] }, streamVersion: index + 1 }, vietnamDateOf);
    }
    expect(copy).toMatchObject({ unitId: 'ta-van', groupIds: ['clb-1'], completedOn: '2026-07-03' });
  });

  it('reads the schema version the campaigns write', () => {
    const read = activityEventTypes.filter((definition) => (CAMPAIGN_ACTIVITY_FEED_EVENT_TYPES as readonly string[]).includes(definition.type));
    expect(read.map((definition) => [definition.type, definition.version])).toEqual(read.map((definition) => [definition.type, 1]));
  });
});
