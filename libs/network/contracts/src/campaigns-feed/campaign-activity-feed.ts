import { streamIdOf } from '@tn/shared-event-contracts';

/**
 * The campaigns context's activity events as the network context reads them, to keep its copy of
 * the activities (a need raised from an activity's needs survey names one; a group that took part
 * in one is active). A context may not import another's contracts, so the network declares here
 * the few names and fields it reads (as campaigns does of training's catalogue, ADR 0019); the
 * campaigns' events carry more, which is ignored. A spec where both sides may be imported holds
 * this and the campaigns' schemas together.
 */

/** The context whose topic (`<prefix>campaigns.events`) carries the events. */
export const CAMPAIGNS_SOURCE_CONTEXT = 'campaigns';
/** One stream per activity: `activity-<activityId>` (the relay's message key). */
export const CAMPAIGN_ACTIVITY_SOURCE_STREAM_TYPE = 'activity';
export const campaignActivitySourceStreamId = (activityId: string) => streamIdOf(CAMPAIGN_ACTIVITY_SOURCE_STREAM_TYPE, activityId);

/** The campaigns' activity lifecycle, as its events leave it. */
export const CAMPAIGN_ACTIVITY_STATUSES = ['needs-survey', 'planned', 'prepared', 'in-progress', 'completed', 'evaluated', 'cancelled'] as const;
export type CampaignActivityStatus = (typeof CAMPAIGN_ACTIVITY_STATUSES)[number];

/** What the network reads of each event (the campaigns' events carry more). */
export type CampaignActivityFeedEvent =
  | { type: 'ActivityProposed'; data: { activityId: string; organiserUnitId: string } }
  | { type: 'ActivityPlanned'; data: { activityId: string } }
  | { type: 'ActivityPrepared'; data: { activityId: string } }
  | { type: 'ActivityStarted'; data: { activityId: string } }
  | { type: 'ActivityEvaluated'; data: { activityId: string } }
  | { type: 'ActivityCancelled'; data: { activityId: string } }
  | { type: 'ActivityCompleted'; data: { activityId: string; completedAt: string } }
  | { type: 'ActivityParticipantsRecorded'; data: { activityId: string; groupIds: string[] } };

/** The status each event leaves the activity in (participants leave it as it was). */
const STATUS_AFTER: { [Type in CampaignActivityFeedEvent['type']]: CampaignActivityStatus | undefined } = {
  ActivityProposed: 'needs-survey',
  ActivityPlanned: 'planned',
  ActivityPrepared: 'prepared',
  ActivityStarted: 'in-progress',
  ActivityCompleted: 'completed',
  ActivityEvaluated: 'evaluated',
  ActivityCancelled: 'cancelled',
  ActivityParticipantsRecorded: undefined,
};

export const CAMPAIGN_ACTIVITY_FEED_EVENT_TYPES = Object.keys(STATUS_AFTER) as readonly CampaignActivityFeedEvent['type'][];

/**
 * What the network keeps of an activity: its organiser unit and status, and what the
 * group-activity reactor needs to tell when groups took part. Versions are the activity stream's:
 * `version` the last event copied, `completedVersion` and `participantsVersion` the events that
 * completed it and last named its groups.
 */
export interface CampaignActivityCopy {
  activityId: string;
  unitId: string;
  status: CampaignActivityStatus;
  version: number;
  /** The day it was completed (Vietnam's), once it was. */
  completedOn?: string;
  completedVersion?: number;
  /** The network's groups that took part, as last recorded. */
  groupIds: string[];
  participantsVersion?: number;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;

/**
 * The copy of an activity after one of its events (with the stream version it holds there).
 * Throws on an event it cannot read (an unknown type, a missing field, an event of an activity
 * whose proposal never reached the copy): the projection dead-letters it rather than keep a
 * wrong copy.
 */
export function campaignActivityCopyOf(
  previous: CampaignActivityCopy | null,
  event: { type: string; data: Record<string, unknown>; streamVersion: number },
  /** The calendar day of an instant where the work happens (Vietnam's; contracts may not import the hierarchy library that has it). */
  dayOf: (instant: string) => string,
): CampaignActivityCopy {
  const type = event.type as CampaignActivityFeedEvent['type'];
  if (!CAMPAIGN_ACTIVITY_FEED_EVENT_TYPES.includes(type)) throw new Error(`${event.type} is not an activity event the network copy reads`);
  const { data, streamVersion: version } = event;
  if (!isText(data['activityId'])) throw new Error(`${type} lacks activityId`);
  if (type === 'ActivityProposed') {
    if (!isText(data['organiserUnitId'])) throw new Error(`${type} lacks organiserUnitId`);
    return { activityId: data['activityId'], unitId: data['organiserUnitId'], status: 'needs-survey', version, groupIds: [] };
  }
  if (!previous) throw new Error(`${type} for an activity the copy does not know`);
  if (type === 'ActivityParticipantsRecorded') {
    const groupIds = data['groupIds'];
    if (!Array.isArray(groupIds) || !groupIds.every(isText)) throw new Error(`${type} lacks groupIds`);
    return { ...previous, version, groupIds: [...groupIds], participantsVersion: version };
  }
  if (type === 'ActivityCompleted') {
    const completedAt = data['completedAt'];
    if (!isText(completedAt) || Number.isNaN(Date.parse(completedAt))) throw new Error(`${type} lacks completedAt`);
    return { ...previous, status: 'completed', version, completedOn: dayOf(completedAt), completedVersion: version };
  }
  return { ...previous, status: STATUS_AFTER[type] ?? previous.status, version };
}
