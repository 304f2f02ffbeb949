import { streamIdOf } from '@tn/shared-event-contracts';
import type { ActivityOutput, ResourceMobilisation } from './results.types';

export type ActivityOutputRecorded = { type: 'ActivityOutputRecorded'; data: ActivityOutput };
export type ActivityOutputWithdrawn = { type: 'ActivityOutputWithdrawn'; data: { activityId: string; outputId: string; reason: string; withdrawnOn: string } };
export type ResourceMobilised = { type: 'ResourceMobilised'; data: ResourceMobilisation };
export type ResourceMobilisationWithdrawn = {
  type: 'ResourceMobilisationWithdrawn';
  data: { activityId: string; resourceId: string; reason: string; withdrawnOn: string };
};

export type ResultsEvent = ActivityOutputRecorded | ActivityOutputWithdrawn | ResourceMobilised | ResourceMobilisationWithdrawn;

/**
 * One stream per activity for what it produced and mobilised, beside the activity's own stream
 * (ADR 0007): the lifecycle stream stays short, and results are recorded long after it settles.
 */
export const ACTIVITY_RESULTS_STREAM_TYPE = 'activity-results';
export const activityResultsStreamId = (activityId: string) => streamIdOf(ACTIVITY_RESULTS_STREAM_TYPE, activityId);
