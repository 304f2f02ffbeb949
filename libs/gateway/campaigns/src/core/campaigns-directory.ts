import type { Connection } from 'mongoose';
import { type GatewayContext, readerOf } from '@tn/gateway-core';
import { activityQueryOf, type ActivityFilters } from '../activities/activity-filter';
import { ACTIVITIES_COLLECTION, type ActivityDoc } from '../activities/activity.read-model';
import { SHIFT_ATTENDANCE_COLLECTION, type ShiftAttendanceDoc } from '../attendance/shift-attendance.read-model';
import { type CampaignDoc, CAMPAIGNS_COLLECTION } from '../campaigns/campaign.read-model';
import { CERTIFICATES_COLLECTION, type CertificateRecordDoc } from '../certificates/certificate.read-model';
import { OUTPUT_MEASURES_COLLECTION, type OutputMeasureDoc } from '../outputs/measure.read-model';
import { ACTIVITY_RESULTS_COLLECTION, type ActivityResultsDoc } from '../outputs/results.read-model';
import { PARTICIPATION_COLLECTION, type ParticipationDoc } from '../participation/participation.read-model';
import { type ShiftDoc, SHIFTS_COLLECTION } from '../shifts/shift.read-model';

type Stored<T> = T & { _id: string; _deleted?: boolean };
const projection = { _versions: 0, _purges: 0 };
/** Queries of one list in flight at once: a long list must not take every connection of the store. */
const QUERIES_IN_FLIGHT = 16;

/** `read` of each distinct id, at most QUERIES_IN_FLIGHT at a time, in the ids' order. */
async function eachOf<T>(ids: readonly string[], read: (id: string) => Promise<T>): Promise<T[]> {
  const distinct = [...new Set(ids)];
  const results: T[] = [];
  let next = 0;
  const reader = async () => {
    while (next < distinct.length) {
      const index = next++;
      results[index] = await read(distinct[index] as string);
    }
  };
  await Promise.all(Array.from({ length: Math.min(QUERIES_IN_FLIGHT, distinct.length) }, reader));
  return results;
}

/** Reads of the campaigns read models. */
export class CampaignsDirectory {
  constructor(private readonly connection: Connection) {}

  private async one<T>(collection: string, id: string): Promise<T | undefined> {
    const doc = await this.connection.collection<Stored<T>>(collection).findOne({ _id: id } as never, { projection });
    return doc && !doc._deleted ? (doc as T) : undefined;
  }

  campaign(id: string): Promise<CampaignDoc | undefined> {
    return this.one(CAMPAIGNS_COLLECTION, id);
  }

  async campaignsOf(unitId: string): Promise<CampaignDoc[]> {
    const docs = await this.connection.collection<Stored<CampaignDoc>>(CAMPAIGNS_COLLECTION).find({ organiserUnitId: unitId }, { projection }).toArray();
    return docs.filter((doc) => !doc._deleted);
  }

  activity(id: string): Promise<ActivityDoc | undefined> {
    return this.one(ACTIVITIES_COLLECTION, id);
  }

  /**
   * Activities of the campaigns (all of them, any status), campaign by campaign: one equality
   * query each, which the index serves (`$in` would be tried on every activity).
   */
  async activitiesIn(campaignIds: readonly string[]): Promise<ActivityDoc[]> {
    const activities = this.connection.collection<Stored<ActivityDoc>>(ACTIVITIES_COLLECTION);
    const lists = await eachOf(campaignIds, (campaignId) => activities.find({ campaignId }, { projection }).toArray());
    return lists.flat().filter((doc) => !doc._deleted);
  }

  async activitiesOf(unitId: string): Promise<ActivityDoc[]> {
    const docs = await this.connection.collection<Stored<ActivityDoc>>(ACTIVITIES_COLLECTION).find({ organiserUnitId: unitId }, { projection }).toArray();
    return docs.filter((doc) => !doc._deleted);
  }

  /** A unit's activities matching checked filters, selected by the database (see activityQueryOf). */
  async activitiesMatching(filters: ActivityFilters): Promise<ActivityDoc[]> {
    const docs = await this.connection.collection<Stored<ActivityDoc>>(ACTIVITIES_COLLECTION).find(activityQueryOf(filters), { projection }).toArray();
    return docs.filter((doc) => !doc._deleted);
  }

  shift(id: string): Promise<ShiftDoc | undefined> {
    return this.one(SHIFTS_COLLECTION, id);
  }

  /** The shifts of an activity (any role). */
  async shiftsOf(activityId: string): Promise<ShiftDoc[]> {
    const docs = await this.connection.collection<Stored<ShiftDoc>>(SHIFTS_COLLECTION).find({ activityId }, { projection }).toArray();
    return docs.filter((doc) => !doc._deleted);
  }

  shiftAttendance(shiftId: string): Promise<ShiftAttendanceDoc | undefined> {
    return this.one(SHIFT_ATTENDANCE_COLLECTION, shiftId);
  }

  participation(volunteerId: string): Promise<ParticipationDoc | undefined> {
    return this.one(PARTICIPATION_COLLECTION, volunteerId);
  }

  certificate(certificateId: string): Promise<CertificateRecordDoc | undefined> {
    return this.one(CERTIFICATES_COLLECTION, certificateId);
  }

  /** A campaign's certificates and badges, issued or revoked ({ campaignId }). */
  async certificatesOf(campaignId: string): Promise<CertificateRecordDoc[]> {
    const docs = await this.connection.collection<Stored<CertificateRecordDoc>>(CERTIFICATES_COLLECTION).find({ campaignId }, { projection }).toArray();
    return docs.filter((doc) => !doc._deleted);
  }

  /**
   * Outputs and resources of the activities, in their order, each once (an activity with none has
   * no document): one lookup by `_id` (the activity's id) each, rather than an `$in` tried on
   * every document.
   */
  async resultsOf(activityIds: readonly string[]): Promise<ActivityResultsDoc[]> {
    const docs = await eachOf(activityIds, (id) => this.one<ActivityResultsDoc>(ACTIVITY_RESULTS_COLLECTION, id));
    return docs.filter((doc): doc is ActivityResultsDoc => doc !== undefined);
  }

  /** The output measures administrators defined (the built-ins are not stored). */
  async definedMeasures(): Promise<OutputMeasureDoc[]> {
    const docs = await this.connection.collection<Stored<OutputMeasureDoc>>(OUTPUT_MEASURES_COLLECTION).find({}, { projection }).toArray();
    return docs.filter((doc) => !doc._deleted);
  }
}

/** The request's CampaignsDirectory (one per request, over the core's read-model connection). */
export const campaignsOf = (context: GatewayContext): CampaignsDirectory =>
  readerOf(context, 'campaigns:campaigns', (readModels) => new CampaignsDirectory(readModels.connection));
