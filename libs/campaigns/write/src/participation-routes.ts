import type { KeyObject } from 'node:crypto';
import {
  type Award,
  type CertificateCriteria,
  CERTIFICATE_STREAM_TYPE,
  certificateDecider,
  criteriaOfCampaign,
  certificateStreamId,
  type IssueCertificate,
  SHIFT_STREAM_TYPE,
  type ShiftCommand,
  shiftDecider,
  shiftStreamId,
} from '@tn/campaigns-domain';
import { notFoundError } from '@tn/shared-decider';
import type { CommandEnvelope } from '@tn/shared-event-contracts';
import { type CommandRoute, commandRoute, object, optional, type Payload, optionalBoolean, optionalNumber, optionalString, optionalStringList, requiredBoolean, requiredNumber, requiredString } from '@tn/shared-event-sourcing-nest';
import { certificateCodeOf } from './certificate-code';
import type { CampaignLookups } from './lookups';
import type { Mapper } from './route-mapper';
import { revokeCertificateRoute } from './participation-routes.revocation';


/** Payload → decider command for each shift command type. */
export const toShiftCommand = (lookups: CampaignLookups): Record<ShiftCommand['type'], Mapper<ShiftCommand>> => ({
  // The shift decider sees only its own stream: the activity's status (cancelled? over?) is read here.
  ScheduleShift: async (p) => {
    const role = object(p, 'role');
    const activityId = requiredString(p, 'activityId');
    return {
      type: 'ScheduleShift',
      shiftId: requiredString(p, 'shiftId'),
      activityId,
      activityStatus: await lookups.activityStatusOf(activityId),
      role: {
        roleId: requiredString(role, 'roleId', 'role.'),
        name: requiredString(role, 'name', 'role.'),
        requiredSkills: optionalStringList(role, 'requiredSkills', 'role.'),
        ...optional('minimumAge', optionalNumber(role, 'minimumAge', 'role.')),
        requiresApproval: optionalBoolean(role, 'requiresApproval', 'role.') ?? false,
      },
      startsAt: requiredString(p, 'startsAt'),
      endsAt: requiredString(p, 'endsAt'),
      capacity: requiredNumber(p, 'capacity'),
      waitlist: requiredBoolean(p, 'waitlist'),
    };
  },
  // The volunteer's facts (skills, age on the shift's date, guardian consent) live in the
  // registry; the caller supplies them (the gateway, from its volunteer read models). When the
  // volunteer signed up is when the command was sent (the envelope), whatever the payload says.
  SignUpForShift: async (p, envelope) => {
    const volunteer = object(p, 'volunteer');
    const shiftId = requiredString(p, 'shiftId');
    const activityId = await lookups.shiftActivityOf(shiftId);
    return {
      type: 'SignUpForShift',
      shiftId,
      volunteerId: requiredString(p, 'volunteerId'),
      volunteer: {
        skills: optionalStringList(volunteer, 'skills', 'volunteer.'),
        ageOnShiftDate: requiredNumber(volunteer, 'ageOnShiftDate', 'volunteer.'),
        hasGuardianConsent: requiredBoolean(volunteer, 'hasGuardianConsent', 'volunteer.'),
      },
      activityStatus: activityId === undefined ? 'none' : await lookups.activityStatusOf(activityId),
      signedUpAt: envelope.issuedAt,
    };
  },
  CancelSignUp: (p, envelope) => ({
    type: 'CancelSignUp',
    shiftId: requiredString(p, 'shiftId'),
    volunteerId: requiredString(p, 'volunteerId'),
    cancelledAt: envelope.issuedAt,
    ...optional('reason', optionalString(p, 'reason')),
  }),
  ApproveSignUp: (p, envelope) => ({
    type: 'ApproveSignUp',
    shiftId: requiredString(p, 'shiftId'),
    volunteerId: requiredString(p, 'volunteerId'),
    approvedBy: envelope.actor.id,
    approvedAt: envelope.issuedAt,
  }),
  RejectSignUp: (p, envelope) => ({
    type: 'RejectSignUp',
    shiftId: requiredString(p, 'shiftId'),
    volunteerId: requiredString(p, 'volunteerId'),
    rejectedBy: envelope.actor.id,
    reason: requiredString(p, 'reason'),
    rejectedAt: envelope.issuedAt,
  }),
  // Raising the capacity promotes waitlisted volunteers in the same decision (one stream).
  ChangeShiftCapacity: (p, envelope) => ({
    type: 'ChangeShiftCapacity',
    shiftId: requiredString(p, 'shiftId'),
    capacity: requiredNumber(p, 'capacity'),
    changedAt: envelope.issuedAt,
  }),
});

/**
 * `facts` (hours and activities in scope) are computed by the read side and come from the caller
 * (the gateway, from its read models). The criteria of a campaign's certificate are the
 * campaign's own (read from its stream), never the caller's. The verification code is never taken
 * from the caller: it is signed here, over the certificate's content, with the service's private key.
 */
export const toIssueCertificate =
  (signingKey: KeyObject, lookups: CampaignLookups): Mapper<IssueCertificate> =>
  async (p, envelope) => {
    const facts = object(p, 'facts');
    const campaignId = optionalString(p, 'campaignId');
    const content = {
      certificateId: requiredString(p, 'certificateId'),
      award: requiredString(p, 'award') as Award,
      volunteerId: requiredString(p, 'volunteerId'),
      ...optional('campaignId', campaignId),
      issuingUnitId: requiredString(p, 'issuingUnitId'),
      criteria: campaignId === undefined ? criteriaFromPayload(p) : await campaignCriteria(lookups, campaignId),
      facts: { hours: requiredNumber(facts, 'hours', 'facts.'), activities: requiredNumber(facts, 'activities', 'facts.') },
      issuedOn: requiredString(p, 'issuedOn'),
    };
    return { type: 'IssueCertificate', ...content, code: certificateCodeOf(content, signingKey), issuedBy: envelope.actor.id };
  };

/** Criteria stated by the caller: only for an award outside any campaign. */
function criteriaFromPayload(p: Payload): CertificateCriteria {
  const criteria = object(p, 'criteria');
  return {
    ...optional('minimumHours', optionalNumber(criteria, 'minimumHours', 'criteria.')),
    ...optional('minimumActivities', optionalNumber(criteria, 'minimumActivities', 'criteria.')),
  };
}

async function campaignCriteria(lookups: CampaignLookups, campaignId: string): Promise<CertificateCriteria> {
  const campaign = await lookups.campaignOf(campaignId);
  if (campaign.status === 'none') throw notFoundError('CAMPAIGN.NOT_FOUND', `campaign ${campaignId} does not exist`, { campaignId });
  return criteriaOfCampaign(campaign.definition);
}

export interface ParticipationRouteOptions {
  /** The Ed25519 private key certificates' verification codes are signed with (CERTIFICATE_SIGNING_KEY). */
  certificateSigningKey: KeyObject;
}

/** One stream per shift (sign-ups, waitlist), one per certificate. */
export const participationRoutes = (lookups: CampaignLookups, options: ParticipationRouteOptions): CommandRoute[] => [
  ...Object.entries(toShiftCommand(lookups)).map(([type, map]) =>
    commandRoute({
      type,
      streamType: SHIFT_STREAM_TYPE,
      decider: shiftDecider,
      streamIdOf: (envelope: CommandEnvelope) => shiftStreamId(requiredString(envelope.payload, 'shiftId')),
      toCommand: (envelope: CommandEnvelope) => map(envelope.payload, envelope),
    }),
  ),
  commandRoute({
    type: 'IssueCertificate',
    streamType: CERTIFICATE_STREAM_TYPE,
    decider: certificateDecider,
    streamIdOf: (envelope: CommandEnvelope) => certificateStreamId(requiredString(envelope.payload, 'certificateId')),
    toCommand: (envelope: CommandEnvelope) => toIssueCertificate(options.certificateSigningKey, lookups)(envelope.payload, envelope),
  }),
  revokeCertificateRoute(),
];
