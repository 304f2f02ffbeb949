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
}

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
      return { permission: 'campaigns:write', units: [str(p['organiserUnitId'])] };
    case 'PublishCampaignTemplate':
      return { permission: 'campaigns:write', units: [str(p['publisherUnitId'])] };
    case 'AdoptCampaignTemplate':
      return { permission: 'campaigns:write', units: [str(p['adoptingUnitId'])] };
    case 'ProposeActivity':
      return { permission: 'campaigns:write', units: [str(obj(p['profile'])['organiserUnitId'])] };
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
    case 'SignUpForShift':
    case 'CancelSignUp':
      return { permission: 'campaigns:write', units: [], shiftId: str(p['shiftId']), selfVolunteerId: str(p['volunteerId']) };
    case 'ApproveSignUp':
    case 'RejectSignUp':
    case 'ChangeShiftCapacity':
      return { permission: 'campaigns:write', units: [], shiftId: str(p['shiftId']) };
    case 'RecordAttendance':
      return { permission: 'campaigns:record-attendance', units: [], shiftId: str(p['shiftId']) };
    // A volunteer scans the shift's code for themselves (the route checks the code and their place).
    case 'CheckInWithCode':
      return { permission: 'campaigns:record-attendance', units: [], shiftId: str(p['shiftId']), selfVolunteerId: str(p['volunteerId']) };
    // A volunteer may ask to correct their own attendance; deciding it takes the organiser's managers.
    case 'RequestAttendanceCorrection':
      return { permission: 'campaigns:record-attendance', units: [], shiftId: str(p['shiftId']), selfVolunteerId: str(p['volunteerId']) };
    case 'ApproveAttendanceCorrection':
    case 'RejectAttendanceCorrection':
      return { permission: 'campaigns:write', units: [], shiftId: str(p['shiftId']) };
    case 'IssueCertificate':
      return { permission: 'campaigns:write', units: [str(p['issuingUnitId'])] };
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
