import type { CommandEnvelope } from '@tn/shared-event-contracts';
import type { CampaignPermission } from './campaign-permissions';

/** What a campaigns command needs: a permission over the unit that owns what it touches. */
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

/** A campaign-level command whose unit starts something new (a campaign, a template, an adoption). */
const organising = (p: Payload, field: string): CampaignCommandScope => {
  const unitId = str(p[field]);
  return { permission: 'campaigns:write', units: [unitId], organiserUnitId: unitId, organiserField: field };
};

type Payload = Record<string, unknown>;
/** Absent or malformed ids become '' (no grant covers it); the route's validation then names the field. */
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const obj = (value: unknown): Payload => (typeof value === 'object' && value !== null ? (value as Payload) : {});

/**
 * The unit scope of every campaigns command, read from its payload. An activity's commands are
 * scoped by its organiser unit (the unit responsible for it, whatever its location); a shift's,
 * its attendance's and its sign-ups' by the organiser of the shift's activity.
 */
export function scopeOfCampaignCommand(envelope: CommandEnvelope): CampaignCommandScope | undefined {
  const p = envelope.payload ?? {};
  switch (envelope.type) {
    case 'LaunchCampaign':
    case 'OpenLocalCampaign':
      return organising(p, 'organiserUnitId');
    case 'PublishCampaignTemplate':
      return organising(p, 'publisherUnitId');
    case 'AdoptCampaignTemplate':
      return organising(p, 'adoptingUnitId');
    case 'ProposeActivity': {
      const profile = obj(p['profile']);
      const organiserUnitId = str(profile['organiserUnitId']);
      const campaignId = typeof profile['campaignId'] === 'string' ? { campaignId: profile['campaignId'] } : {};
      return { permission: 'campaigns:write', units: [organiserUnitId], organiserUnitId, cadreId: str(profile['responsibleCadreId']), ...campaignId };
    }
    case 'PlanActivity':
    case 'PrepareActivity':
    case 'StartActivity':
    case 'CompleteActivity':
    case 'EvaluateActivity':
    case 'CancelActivity':
    case 'RecordActivityFollowUp':
    case 'AddActivityFormation':
    case 'ScheduleShift':
      return { permission: 'campaigns:write', units: [], activityId: str(p['activityId']) };
    // Signing someone else up: the shift's organiser and the volunteer's home unit (nobody learns
    // another province's volunteer's age and skills from the answer).
    case 'SignUpForShift':
      return { permission: 'campaigns:write', units: [], shiftId: str(p['shiftId']), selfVolunteerId: str(p['volunteerId']), volunteerId: str(p['volunteerId']) };
    // Cancelling a place on the organiser's own shift: whoever holds it.
    case 'CancelSignUp':
      return { permission: 'campaigns:write', units: [], shiftId: str(p['shiftId']), selfVolunteerId: str(p['volunteerId']) };
    case 'ApproveSignUp':
    case 'RejectSignUp':
    case 'ChangeShiftCapacity':
      return { permission: 'campaigns:write', units: [], shiftId: str(p['shiftId']) };
    // Attendance only for volunteers who hold a confirmed place on the shift.
    case 'RecordAttendance': {
      const records = Array.isArray(p['records']) ? p['records'] : [];
      const placedVolunteerIds = [...new Set(records.map((record) => str(obj(record)['volunteerId'])))];
      return { permission: 'campaigns:record-attendance', units: [], shiftId: str(p['shiftId']), placedVolunteerIds };
    }
    // A volunteer scans the shift's code for themselves (the route checks the code and their place).
    case 'CheckInWithCode':
      return { permission: 'campaigns:record-attendance', units: [], shiftId: str(p['shiftId']), selfVolunteerId: str(p['volunteerId']) };
    // A volunteer may ask to correct their own attendance; deciding it takes the organiser's managers.
    case 'RequestAttendanceCorrection':
      return { permission: 'campaigns:record-attendance', units: [], shiftId: str(p['shiftId']), selfVolunteerId: str(p['volunteerId']) };
    case 'ApproveAttendanceCorrection':
    case 'RejectAttendanceCorrection':
      return { permission: 'campaigns:write', units: [], shiftId: str(p['shiftId']) };
    // The issuing unit, and the volunteer's home unit: a certificate only for someone in the actor's scope.
    case 'IssueCertificate':
      return { permission: 'campaigns:write', units: [str(p['issuingUnitId'])], volunteerId: str(p['volunteerId']) };
    // The issuing unit named here is checked against the certificate's stream by the route.
    case 'RevokeCertificate':
      return { permission: 'campaigns:write', units: [str(p['issuingUnitId'])] };
    // An activity's outputs and resources: the activity's organiser unit.
    case 'RecordActivityOutput':
    case 'WithdrawActivityOutput':
    case 'RecordResourceMobilised':
    case 'WithdrawResourceMobilised':
      return { permission: 'campaigns:write', units: [], activityId: str(p['activityId']) };
    // The platform's catalogue belongs to no unit: '' is a unit no grant covers, so only a
    // system administrator (a grant with no unit) passes.
    case 'DefineOutputMeasure':
    case 'RetireOutputMeasure':
      return { permission: 'campaigns:write', units: [''] };
    default:
      return undefined;
  }
}
