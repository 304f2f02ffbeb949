import type { Db } from 'mongodb';
import { applyEvent } from '@tn/shared-event-bus';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import { CAMPAIGN_ACTIVITIES_PROJECTION, campaignActivitiesProjection } from './campaign-activities.projection';
import { campaignActivityCopyFrom, campaignActivityLookupsFrom } from './campaign-activity-lookups';
import { campaignsFeedsOf } from './campaigns-feeds';

const versions = new Map<string, number>();
let position = 0;
/** An event of the campaigns' activity stream, numbered in its stream (or under `streamId`). */
const envelopeOf = (activityId: string, type: string, data: Record<string, unknown> = {}, streamId = `activity-${activityId}`): EventEnvelope => {
  const streamVersion = (versions.get(streamId) ?? 0) + 1;
  versions.set(streamId, streamVersion);
  return {
    eventId: `e-${++position}`,
    type,
    schemaVersion: 1,
    streamId,
    streamType: streamId.split('-')[0] ?? 'activity',
    streamVersion,
    position,
    occurredAt: '2026-07-01T00:00:00.000Z',
    recordedAt: '2026-07-01T00:00:00.000Z',
    actor: { kind: 'account', id: 'cadre-7' },
    correlationId: 'k',
    causationId: 'c',
    data: { activityId, ...data },
  };
};
// As the campaigns write it: more than the network reads (name, domains, location, cadre...).
const proposed = (activityId: string) =>
  envelopeOf(activityId, 'ActivityProposed', {
    name: 'Làm đường bê tông thôn 3',
    organiserUnitId: 'ta-van',
    domains: ['new-rural-construction'],
    location: { unitId: 'ta-van', flags: { ethnicMinority: true, mountainous: true, border: false, island: false } },
    responsibleCadreId: 'cadre-7',
    initiator: 'union',
    proposedOn: '2026-06-01',
  });

/** A collection of one document per id, with the projector's own apply (version bookkeeping, guards). */
function memoryCollection() {
  const docs = new Map<string, Record<string, unknown>>();
  const collection = {
    collectionName: CAMPAIGN_ACTIVITIES_PROJECTION.collection,
    findOne: async (filter: { _id: string }) => docs.get(filter._id) ?? null,
    insertOne: async (doc: Record<string, unknown>) => void docs.set(String(doc['_id']), doc),
    replaceOne: async (filter: { _id: string }, doc: Record<string, unknown>) => {
      docs.set(filter._id, { ...doc, _id: filter._id });
      return { matchedCount: 1 };
    },
  };
  const connection = { collection: () => ({ findOne: async () => null, insertOne: async () => undefined, deleteOne: async () => undefined }) };
  const apply = (envelope: EventEnvelope) => applyEvent(connection as never, collection as never, campaignActivitiesProjection, envelope, undefined);
  const db = { collection: (name: string) => (name === collection.collectionName ? collection : undefined) } as unknown as Db;
  return { apply, db: () => db };
}

describe("the network's copy of the campaigns' activities", () => {
  it('keeps the organiser unit and the status through the lifecycle, with the version of the last event copied', async () => {
    const { apply, db } = memoryCollection();
    const copyOf = campaignActivityCopyFrom(db);
    await apply(proposed('a-1'));
    expect(await copyOf('a-1')).toEqual({ activityId: 'a-1', unitId: 'ta-van', status: 'needs-survey', version: 1, groupIds: [] });
    await apply(envelopeOf('a-1', 'ActivityPlanned', { startsOn: '2026-07-01', endsOn: '2026-07-03', plannedOn: '2026-06-05' }));
    envelopeOf('a-1', 'ActivityFormationAdded', { formationId: 'f-1' }); // version 3: not handled, never reaches the copy
    await apply(envelopeOf('a-1', 'ActivityPrepared', { preparedOn: '2026-06-25' }));
    await apply(envelopeOf('a-1', 'ActivityStarted', { startedAt: '2026-07-01T07:00:00+07:00' }));
    expect(await copyOf('a-1')).toMatchObject({ status: 'in-progress', version: 5 });
  });

  it("keeps the groups that took part and the day of completion (Vietnam's), with the versions that set them", async () => {
    const { apply, db } = memoryCollection();
    const copyOf = campaignActivityCopyFrom(db);
    await apply(proposed('a-2'));
    const recorded = envelopeOf('a-2', 'ActivityParticipantsRecorded', {
      groupIds: ['clb-1', 'doi-2'],
      partnerIds: ['p-1'],
      recordedBy: 'cadre-7',
      recordedOn: '2026-07-01',
    });
    await apply(recorded);
    await apply(envelopeOf('a-2', 'ActivityCompleted', { completedAt: '2026-07-03T18:30:00.000Z' }));
    expect(await copyOf('a-2')).toEqual({
      activityId: 'a-2',
      unitId: 'ta-van',
      status: 'completed',
      version: 3,
      groupIds: ['clb-1', 'doi-2'],
      participantsVersion: 2,
      completedOn: '2026-07-04',
      completedVersion: 3,
    });
    await apply(envelopeOf('a-2', 'ActivityEvaluated', { evaluatedOn: '2026-07-10', summary: 'tốt' }));
    expect(await copyOf('a-2')).toMatchObject({ status: 'evaluated', completedOn: '2026-07-04', version: 4 });
    expect(await apply(recorded)).toBe('skipped');
  });

  it('answers the look-up with the unit, nothing for an activity never copied', async () => {
    const { apply, db } = memoryCollection();
    await apply(proposed('a-3'));
    await apply(envelopeOf('a-3', 'ActivityCancelled', { fromStatus: 'needs-survey', reason: 'bão', cancelledOn: '2026-06-02' }));
    const { campaignActivityOf } = campaignActivityLookupsFrom(db);
    expect(await campaignActivityOf('a-3')).toEqual({ unitId: 'ta-van' });
    expect(await campaignActivityOf('nowhere')).toBeUndefined();
  });

  it("handles only the activity events it reads, keyed by the activity, and only from the activity's own stream", () => {
    expect([...campaignActivitiesProjection.handles].sort()).toEqual([
      'ActivityCancelled',
      'ActivityCompleted',
      'ActivityEvaluated',
      'ActivityParticipantsRecorded',
      'ActivityPlanned',
      'ActivityPrepared',
      'ActivityProposed',
      'ActivityStarted',
    ]);
    expect(campaignActivitiesProjection.contiguous).toBe(false);
    expect(campaignActivitiesProjection.documentId(proposed('a-4'))).toBe('a-4');
    expect(campaignActivitiesProjection.documentId(envelopeOf('a-4', 'ActivityCompleted', {}, 'activity-results-a-4'))).toBeUndefined();
  });

  it('refuses (dead-letters) an event it cannot read rather than keep a wrong copy', async () => {
    const { apply } = memoryCollection();
    await expect(apply({ ...proposed('a-5'), schemaVersion: 2 })).rejects.toThrow('not understood here');
    await expect(apply(envelopeOf('a-6', 'ActivityCompleted', { completedAt: '2026-07-03T17:00:00+07:00' }))).rejects.toThrow('does not know');
    await apply(proposed('a-7'));
    await expect(apply(envelopeOf('a-7', 'ActivityParticipantsRecorded', { groupIds: 'clb-1' }))).rejects.toThrow('groupIds');
    await expect(apply(envelopeOf('a-7', 'ActivityCompleted', { completedAt: 'hôm qua' }))).rejects.toThrow('completedAt');
  });

  it('is mounted under names that stay: its consumer group and topic, the reactor beside it', () => {
    const feeds = campaignsFeedsOf({ topicPrefix: 'staging.', db: () => ({}) as Db });
    expect(feeds.projections).toEqual([
      { groupId: 'staging.network-campaigns-feed-v1', topics: ['staging.campaigns.events'], projections: [campaignActivitiesProjection] },
    ]);
    expect(CAMPAIGN_ACTIVITIES_PROJECTION).toEqual({
      name: 'network-campaign-activities',
      collection: 'network_campaign_activities',
      groupSuffix: 'network-campaigns-feed-v1',
    });
    expect(feeds.reactions.map(({ name, topic, groupId, eventTypes, commandTypes }) => ({ name, topic, groupId, eventTypes, commandTypes }))).toEqual([
      {
        name: 'network-group-activity',
        topic: 'staging.campaigns.events',
        groupId: 'staging.network-group-activity-v1',
        eventTypes: ['ActivityParticipantsRecorded', 'ActivityCompleted'],
        commandTypes: ['RecordGroupActivity'],
      },
    ]);
  });
});
