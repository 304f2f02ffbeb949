import type { Db } from 'mongodb';
import type { NetworkLookups } from '../lookups';
import type { CampaignActivityCopy } from '@tn/network-contracts';
import { CAMPAIGN_ACTIVITIES_PROJECTION } from './campaign-activities.projection';

type StoredCopy = CampaignActivityCopy & { _id: string; _deleted?: boolean; _versions?: unknown; _purges?: unknown };

/** An activity as the copy has it now (one equality on `_id`); undefined when no event of it has been copied. */
export const campaignActivityCopyFrom =
  (db: () => Db) =>
  async (activityId: string): Promise<CampaignActivityCopy | undefined> => {
    const row = await db()
      .collection<StoredCopy>(CAMPAIGN_ACTIVITIES_PROJECTION.collection)
      .findOne({ _id: activityId } as never);
    if (!row || row._deleted) return undefined;
    // The projector's bookkeeping is not part of the copy.
    const { _id, _deleted, _versions, _purges, ...copy } = row;
    return copy;
  };

/** The look-up a need raised from an activity's needs survey reads: the activity's organiser unit, if the copy knows it. */
export function campaignActivityLookupsFrom(db: () => Db): Pick<NetworkLookups, 'campaignActivityOf'> {
  const copyOf = campaignActivityCopyFrom(db);
  return {
    campaignActivityOf: async (activityId) => {
      const copy = await copyOf(activityId);
      return copy ? { unitId: copy.unitId } : undefined;
    },
  };
}
