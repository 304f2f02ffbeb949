import { IsIsoDate, IsNonEmptyText } from '@tn/shared-event-contracts';
import { IsArray, IsString } from 'class-validator';

/**
 * The network's groups (clubs, teams) and partner organisations that took part in an activity,
 * on the activity's own stream (registered in activity.messages.ts). Ids only: the network keeps
 * who they are; the campaigns service checks each id against its copy of the network's directory.
 */

/** Replaces the activity's participants with these lists (empty lists: none). */
export class RecordActivityParticipants {
  @IsString() activityId!: string;
  @IsArray() @IsString({ each: true }) groupIds!: string[];
  @IsArray() @IsString({ each: true }) partnerIds!: string[];
}

/** The whole set after the change, each id once; who recorded it and the day (Vietnam's) come from the command's envelope. */
export class ActivityParticipantsRecorded {
  @IsNonEmptyText() activityId!: string;
  @IsArray() @IsNonEmptyText({ each: true }) groupIds!: string[];
  @IsArray() @IsNonEmptyText({ each: true }) partnerIds!: string[];
  @IsNonEmptyText() recordedBy!: string;
  @IsIsoDate() recordedOn!: string;
}
