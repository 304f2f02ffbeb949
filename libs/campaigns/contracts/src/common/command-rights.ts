import type { Permission } from '@tn/shared-auth';

/** A permission of this context, from the platform's one role table (libs/shared/auth). */
export type CampaignPermission = Extract<Permission, `campaigns:${string}`>;

/**
 * What a campaigns command needs: a permission over the unit that owns what it touches. Each
 * command type states it beside its payload; the service's authoriser checks it.
 */
export interface CampaignCommandScope {
  permission: CampaignPermission;
  /** Units named by the payload (the actor needs the permission over every one). */
  units: string[];
  /** An existing activity whose organiser unit counts too (commands that name only the activity). */
  activityId?: string;
  /** An existing shift whose activity's organiser unit counts too. */
  shiftId?: string;
  /** A volunteer acting on their own sign-up needs no permission. */
  selfVolunteerId?: string;
  /** A volunteer acted on by someone else: the actor needs the permission over their home unit too. */
  volunteerId?: string;
  /** Volunteers who must hold a confirmed place on `shiftId` (attendance is recorded for them). */
  placedVolunteerIds?: string[];
  /** A cadre named as responsible: they must hold a position in a unit the actor has the permission over. */
  cadreId?: string;
  /** A campaign the new activity joins: it must cover the organiser unit, or the actor must have the permission over its unit. */
  campaignId?: string;
  /** A unit that organises something new: it must be active on the command's dates (not merged away nor dissolved). */
  organiserUnitId?: string;
  /** The payload field that names `organiserUnitId` (for the refusal); `profile.organiserUnitId` by default. */
  organiserField?: string;
}

/** Commands that name only an existing activity: the permission over its organiser unit. */
export const onActivity = (activityId: string): CampaignCommandScope => ({ permission: 'campaigns:write', units: [], activityId });

/** Commands that name only an existing shift: the permission over the organiser unit of its activity. */
export const onShift = (shiftId: string): CampaignCommandScope => ({ permission: 'campaigns:write', units: [], shiftId });

/** A campaign-level command whose unit (named by `field`) starts something new: a campaign, a template, an adoption. */
export const organising = (unitId: string, field: string): CampaignCommandScope => ({
  permission: 'campaigns:write',
  units: [unitId],
  organiserUnitId: unitId,
  organiserField: field,
});
