import { commandType, eventType, IsFiniteNumber, IsIsoDate, IsIsoDateTime, IsNonEmptyText, Nested, streamIdOf } from '@tn/shared-event-contracts';
import { IsArray, IsBoolean, IsInt, IsOptional, IsString } from 'class-validator';
import { type CampaignCommandScope, onActivity } from '../common/command-rights';
import type { Initiator, Specialisation } from '../common/vocabulary';
import type { AreaFlags } from '../read/area-flags';
import type { CampaignDomain } from '../read/campaign-domains';
import { ActivityParticipantsRecorded, RecordActivityParticipants } from './activity-participants.messages';

/**
 * An activity through its lifecycle, one stream each (in a campaign or standalone). Each message
 * has one schema here; the decider's commands and events, the service's routes and the gateway's
 * projections all take their types from it. No personal data: cadres by id, teams by head count.
 * Command fields are checked for shape only; the decider checks meaning (dates, ranges) with its
 * own error codes.
 */

export const ACTIVITY_STREAM_TYPE = 'activity';
export const activityStreamId = (activityId: string) => streamIdOf(ACTIVITY_STREAM_TYPE, activityId);

// ---- parts ---------------------------------------------------------------------------------

export class AreaFlagsPart implements AreaFlags {
  @IsBoolean() ethnicMinority!: boolean;
  @IsBoolean() mountainous!: boolean;
  @IsBoolean() border!: boolean;
  @IsBoolean() island!: boolean;
}

/** Where an activity happens. `flags` are facts about the place, supplied from the unit read models. */
export class ActivityLocation {
  @IsString() unitId!: string;
  /** Official administrative-area code, where one exists. */
  @IsOptional() @IsString() areaCode?: string;
  /** A free description of the site ("Bản Tả Van, thôn 3"). */
  @IsOptional() @IsString() site?: string;
  @Nested(() => AreaFlagsPart) flags!: AreaFlagsPart;
}

/** What proposing an activity records; `campaignId` is absent for a standalone activity. */
export class ActivityProfile {
  @IsString() name!: string;
  @IsOptional() @IsString() campaignId?: string;
  @IsString() organiserUnitId!: string;
  @IsArray() @IsString({ each: true }) domains!: CampaignDomain[];
  @Nested(() => ActivityLocation) location!: ActivityLocation;
  @IsString() responsibleCadreId!: string;
  @IsString() initiator!: Initiator;
  /** An id from training's catalogue of coordination models (K3): the service accepts only a published one (ADR 0019). */
  @IsOptional() @IsString() coordinationModelId?: string;
}

/** The "three forces" of a volunteer formation (đội hình): head counts, never names. */
export class Composition {
  @IsFiniteNumber() armedForcesYouth!: number;
  @IsFiniteNumber() localYouth!: number;
  @IsFiniteNumber() pupilsStudents!: number;
}

/** A team working on the activity; a specialised team names its profession. */
export class Formation {
  @IsString() formationId!: string;
  @IsString() name!: string;
  @Nested(() => Composition) composition!: Composition;
  @IsOptional() @IsString() specialisation?: Specialisation;
}

// ---- commands ------------------------------------------------------------------------------

class ActivityCommandPayload {
  @IsString() activityId!: string;
}

/** Opens an activity at its needs survey. */
export class ProposeActivity extends ActivityCommandPayload {
  @Nested(() => ActivityProfile) profile!: ActivityProfile;
  @IsString() proposedOn!: string;
}
export class PlanActivity extends ActivityCommandPayload {
  @IsString() startsOn!: string;
  @IsString() endsOn!: string;
  @IsString() plannedOn!: string;
}
export class PrepareActivity extends ActivityCommandPayload {
  @IsString() preparedOn!: string;
}
export class StartActivity extends ActivityCommandPayload {
  @IsString() startedAt!: string;
}
export class CompleteActivity extends ActivityCommandPayload {
  @IsString() completedAt!: string;
}
/** Inspection and evaluation; `rating` from 1 to 5 when given. */
export class EvaluateActivity extends ActivityCommandPayload {
  @IsString() evaluatedOn!: string;
  @IsString() summary!: string;
  @IsOptional() @IsFiniteNumber() rating?: number;
}
/** Maintaining the results (duy trì kết quả) after completion; the client names the follow-up, so a retry records it once. */
export class RecordActivityFollowUp extends ActivityCommandPayload {
  @IsString() followUpId!: string;
  @IsString() recordedOn!: string;
  @IsString() note!: string;
}
export class CancelActivity extends ActivityCommandPayload {
  @IsString() reason!: string;
  @IsString() cancelledOn!: string;
}
export class AddActivityFormation extends ActivityCommandPayload {
  @Nested(() => Formation) formation!: Formation;
  @IsString() addedOn!: string;
}

/** Corrects an activity's name (a typo, a clearer title) while it can still change. */
export class RenameActivity extends ActivityCommandPayload {
  @IsString() name!: string;
  @IsString() renamedOn!: string;
}

const onItsActivity = {
  streamId: (p: ActivityCommandPayload) => activityStreamId(p.activityId),
  rights: (p: ActivityCommandPayload) => onActivity(p.activityId),
};

export const activityCommandTypes = [
  // A new activity: the organiser unit (active on its dates), the responsible cadre, and the campaign it joins.
  commandType('ProposeActivity', ProposeActivity, {
    streamId: (p) => activityStreamId(p.activityId),
    rights: ({ profile }): CampaignCommandScope => ({
      permission: 'campaigns:write',
      units: [profile.organiserUnitId],
      organiserUnitId: profile.organiserUnitId,
      cadreId: profile.responsibleCadreId,
      ...(profile.campaignId === undefined ? {} : { campaignId: profile.campaignId }),
    }),
  }),
  commandType('PlanActivity', PlanActivity, onItsActivity),
  commandType('PrepareActivity', PrepareActivity, onItsActivity),
  commandType('StartActivity', StartActivity, onItsActivity),
  commandType('CompleteActivity', CompleteActivity, onItsActivity),
  commandType('EvaluateActivity', EvaluateActivity, onItsActivity),
  commandType('RecordActivityFollowUp', RecordActivityFollowUp, onItsActivity),
  commandType('CancelActivity', CancelActivity, onItsActivity),
  commandType('AddActivityFormation', AddActivityFormation, onItsActivity),
  commandType('RenameActivity', RenameActivity, onItsActivity),
  commandType('RecordActivityParticipants', RecordActivityParticipants, onItsActivity),
] as const;

// ---- events --------------------------------------------------------------------------------

class ActivityEventData {
  @IsNonEmptyText() activityId!: string;
}

class EventLocation {
  @IsNonEmptyText() unitId!: string;
  @IsOptional() @IsString() areaCode?: string;
  @IsOptional() @IsString() site?: string;
  @Nested(() => AreaFlagsPart) flags!: AreaFlagsPart;
}

export class ActivityProposed extends ActivityEventData {
  @IsNonEmptyText() name!: string;
  @IsOptional() @IsString() campaignId?: string;
  @IsNonEmptyText() organiserUnitId!: string;
  @IsArray() @IsString({ each: true }) domains!: CampaignDomain[];
  @Nested(() => EventLocation) location!: EventLocation;
  @IsNonEmptyText() responsibleCadreId!: string;
  @IsNonEmptyText() initiator!: Initiator;
  @IsOptional() @IsString() coordinationModelId?: string;
  @IsIsoDate() proposedOn!: string;
}
export class ActivityPlanned extends ActivityEventData {
  @IsIsoDate() startsOn!: string;
  @IsIsoDate() endsOn!: string;
  @IsIsoDate() plannedOn!: string;
}
export class ActivityPrepared extends ActivityEventData {
  @IsIsoDate() preparedOn!: string;
}
export class ActivityStarted extends ActivityEventData {
  @IsIsoDateTime() startedAt!: string;
}
export class ActivityCompleted extends ActivityEventData {
  @IsIsoDateTime() completedAt!: string;
}
export class ActivityEvaluated extends ActivityEventData {
  @IsIsoDate() evaluatedOn!: string;
  @IsNonEmptyText() summary!: string;
  @IsOptional() @IsInt() rating?: number;
}
export class ActivityFollowUpRecorded extends ActivityEventData {
  @IsNonEmptyText() followUpId!: string;
  @IsIsoDate() recordedOn!: string;
  @IsNonEmptyText() note!: string;
}
/** `fromStatus` says how far the activity got. */
export class ActivityCancelled extends ActivityEventData {
  @IsNonEmptyText() fromStatus!: string;
  @IsNonEmptyText() reason!: string;
  @IsIsoDate() cancelledOn!: string;
}
/** A formation's head counts, never names; a specialised team names its profession. */
export class ActivityFormationAdded extends ActivityEventData {
  @IsNonEmptyText() formationId!: string;
  @IsNonEmptyText() name!: string;
  @Nested(() => Composition) composition!: Composition;
  @IsOptional() @IsString() specialisation?: Specialisation;
  @IsIsoDate() addedOn!: string;
}

export class ActivityRenamed extends ActivityEventData {
  @IsNonEmptyText() name!: string;
  @IsIsoDate() renamedOn!: string;
}

export const activityEventTypes = [
  eventType('ActivityProposed', ActivityProposed),
  eventType('ActivityPlanned', ActivityPlanned),
  eventType('ActivityPrepared', ActivityPrepared),
  eventType('ActivityStarted', ActivityStarted),
  eventType('ActivityCompleted', ActivityCompleted),
  eventType('ActivityEvaluated', ActivityEvaluated),
  eventType('ActivityFollowUpRecorded', ActivityFollowUpRecorded),
  eventType('ActivityCancelled', ActivityCancelled),
  eventType('ActivityFormationAdded', ActivityFormationAdded),
  eventType('ActivityRenamed', ActivityRenamed),
  eventType('ActivityParticipantsRecorded', ActivityParticipantsRecorded),
] as const;
