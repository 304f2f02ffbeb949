import {
  ACTIVITY_RESULTS_STREAM_TYPE,
  ACTIVITY_STREAM_TYPE,
  ATTENDANCE_STREAM_TYPE,
  CAMPAIGN_STREAM_TYPE,
  campaignEventTypes,
  CERTIFICATE_STREAM_TYPE,
  SHIFT_STREAM_TYPE,
} from '@tn/campaigns-contracts';
import { historyProjection, historySubject } from '@tn/gateway-core';
import type { EventEnvelope } from '@tn/shared-event-contracts';

export const CAMPAIGNS_HISTORY_COLLECTION = 'gw_campaigns_history';

/** The aggregate id of a stream id (`<streamType>-<id>`). */
const idOf = (event: EventEnvelope) => event.streamId.slice(event.streamType.length + 1);

/**
 * Where a campaigns event shows in a history: an activity's own events and its results under the
 * activity; a shift's and its attendance's under the shift (the activity's history reads its
 * shifts too); a campaign's under the campaign; a certificate's under the certificate (the
 * campaign's history reads its certificates too: a revocation does not name the campaign).
 */
export function campaignsHistorySubjects(event: EventEnvelope): string[] {
  switch (event.streamType) {
    case CAMPAIGN_STREAM_TYPE:
      return [historySubject('campaign', idOf(event))];
    case ACTIVITY_STREAM_TYPE:
    case ACTIVITY_RESULTS_STREAM_TYPE:
      return [historySubject('activity', idOf(event))];
    case SHIFT_STREAM_TYPE:
    case ATTENDANCE_STREAM_TYPE:
      return [historySubject('shift', idOf(event))];
    case CERTIFICATE_STREAM_TYPE:
      return [historySubject('certificate', idOf(event))];
    default:
      // The output catalogue is the platform's, not a subject's.
      return [];
  }
}

export const campaignsHistoryProjection = historyProjection({
  name: 'campaigns-history',
  collection: CAMPAIGNS_HISTORY_COLLECTION,
  handles: campaignEventTypes.map((definition) => definition.type),
  subjectsOf: campaignsHistorySubjects,
});
