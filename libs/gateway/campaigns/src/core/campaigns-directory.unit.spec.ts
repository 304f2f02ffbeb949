import type { Connection } from 'mongoose';
import { CampaignsDirectory } from './campaigns-directory';

/** A connection whose collections answer from lists of documents, recording every filter and the most queries in flight. */
function fakeConnection(docs: Record<string, Record<string, unknown>[]>) {
  const filters: Record<string, unknown>[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const matching = async (collection: string, filter: Record<string, unknown>) => {
    filters.push(filter);
    mostInFlight = Math.max(mostInFlight, ++inFlight);
    await new Promise((resolve) => setTimeout(resolve, 1));
    inFlight--;
    return (docs[collection] ?? []).filter((doc) => Object.entries(filter).every(([field, value]) => doc[field] === value));
  };
  const connection = {
    collection: (name: string) => ({
      findOne: async (filter: Record<string, unknown>) => (await matching(name, filter))[0] ?? null,
      find: (filter: Record<string, unknown>) => ({ toArray: () => matching(name, filter) }),
    }),
  } as unknown as Connection;
  return { connection, filters, mostInFlight: () => mostInFlight };
}

describe('CampaignsDirectory', () => {
  it('reads activities campaign by campaign with one equality each, never a list operator, each campaign once', async () => {
    const activity = (activityId: string, campaignId: string, deleted = false) => ({
      _id: activityId,
      activityId,
      campaignId,
      ...(deleted ? { _deleted: true } : {}),
    });
    const { connection, filters } = fakeConnection({
      gw_campaigns_activities: [activity('a1', 'c1'), activity('a2', 'c2'), activity('a3', 'c1'), activity('a4', 'c2', true), activity('a5', 'c3')],
    });
    const activities = await new CampaignsDirectory(connection).activitiesIn(['c2', 'c1', 'c2']);
    expect(activities.map((a) => a.activityId)).toEqual(['a2', 'a1', 'a3']);
    expect(filters).toEqual([{ campaignId: 'c2' }, { campaignId: 'c1' }]);
  });

  it('reads results by _id, in the order asked, each once, at most 16 at a time, leaving out activities without any', async () => {
    const ids = Array.from({ length: 100 }, (_, i) => `a${i}`);
    const results = ids.filter((_, i) => i % 3 !== 0).map((activityId) => ({ _id: activityId, activityId, outputs: [], resources: [] }));
    const { connection, filters, mostInFlight } = fakeConnection({ gw_campaigns_activity_results: results });
    const found = await new CampaignsDirectory(connection).resultsOf([...ids].reverse().concat(['a1']));
    expect(found.map((doc) => doc.activityId)).toEqual(results.map((doc) => doc.activityId).reverse());
    expect(filters).toHaveLength(100);
    expect(filters.every((filter) => Object.keys(filter).join() === '_id' && typeof filter['_id'] === 'string')).toBe(true);
    expect(mostInFlight()).toBe(16);
  });
});
