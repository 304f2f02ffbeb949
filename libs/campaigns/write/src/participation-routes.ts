import type { KeyObject } from 'node:crypto';
import {
  type CertificateCriteria,
  type CertificateCriteriaPart,
  certificateCommandTypes,
  criteriaOfCampaign,
  type IssueCertificate,
  shiftCommandTypes,
} from '@tn/campaigns-contracts';
import { CERTIFICATE_STREAM_TYPE, certificateDecider, notFoundError, SHIFT_STREAM_TYPE, shiftDecider, validationError } from '@tn/campaigns-domain';
import { type CommandRoute, routesOf } from '@tn/shared-event-sourcing-nest';
import { certificateCodeOf } from './certificate-code';
import type { CampaignLookups } from './lookups';
import { revocationDecider } from './participation-routes.revocation';

/**
 * Shifts and sign-ups (one stream per shift; payload, stream and rights are declared in the
 * contracts). The shift decider sees only its own stream: the activity's status (cancelled?
 * over?) is read here. The volunteer's facts (skills, age on the shift's date, guardian consent)
 * live in the registry; the caller supplies them (the gateway, from its volunteer read models).
 * Who approved or rejected, and when anything happened, come from the envelope (the actor whose
 * token the authoriser verified, the time the command was sent), never from the payload, so
 * nobody can record a decision in someone else's name.
 */
const shiftRoutes = (lookups: CampaignLookups): CommandRoute[] =>
  routesOf(
    shiftCommandTypes,
    { streamType: SHIFT_STREAM_TYPE, decider: shiftDecider },
    {
      // A role names no skills and needs no approval unless it says so.
      ScheduleShift: async ({ activityId, role }) => ({
        activityStatus: await lookups.activityStatusOf(activityId),
        role: { ...role, requiredSkills: role.requiredSkills ?? [], requiresApproval: role.requiresApproval ?? false },
      }),
      // When the volunteer signed up is when the command was sent, whatever the payload says.
      SignUpForShift: async ({ shiftId, volunteer }, envelope) => {
        const activityId = await lookups.shiftActivityOf(shiftId);
        return {
          volunteer: { ...volunteer, skills: volunteer.skills ?? [] },
          activityStatus: activityId === undefined ? 'none' : await lookups.activityStatusOf(activityId),
          signedUpAt: envelope.issuedAt,
        };
      },
      CancelSignUp: (_payload, envelope) => ({ cancelledAt: envelope.issuedAt }),
      ApproveSignUp: (_payload, envelope) => ({ approvedBy: envelope.actor.id, approvedAt: envelope.issuedAt }),
      RejectSignUp: (_payload, envelope) => ({ rejectedBy: envelope.actor.id, rejectedAt: envelope.issuedAt }),
      // Raising the capacity promotes waitlisted volunteers in the same decision (one stream).
      ChangeShiftCapacity: (_payload, envelope) => ({ changedAt: envelope.issuedAt }),
    },
  );

/** Criteria stated by the caller: only for an award outside any campaign, where they are required. */
function criteriaFromPayload(criteria: CertificateCriteriaPart | undefined): CertificateCriteria {
  if (criteria === undefined) throw validationError('COMMAND.FIELD_REQUIRED', 'criteria', 'criteria must be an object');
  return { ...criteria };
}

async function campaignCriteria(lookups: CampaignLookups, campaignId: string): Promise<CertificateCriteria> {
  const campaign = await lookups.campaignOf(campaignId);
  if (campaign.status === 'none') throw notFoundError('CAMPAIGN.NOT_FOUND', `campaign ${campaignId} does not exist`, { campaignId });
  return criteriaOfCampaign(campaign.definition);
}

/**
 * `facts` (hours and activities in scope) are computed by the read side and come from the caller
 * (the gateway, from its read models). The criteria of a campaign's certificate are the
 * campaign's own (read from its stream), never the caller's. The verification code is never taken
 * from the caller: it is signed here, over the certificate's content, with the service's private key.
 */
const issueCertificateFacts = (signingKey: KeyObject, lookups: CampaignLookups) => async (payload: IssueCertificate, envelope: { actor: { id: string } }) => {
  const criteria = payload.campaignId === undefined ? criteriaFromPayload(payload.criteria) : await campaignCriteria(lookups, payload.campaignId);
  return { criteria, code: certificateCodeOf({ ...payload, criteria }, signingKey), issuedBy: envelope.actor.id };
};

export interface ParticipationRouteOptions {
  /** The Ed25519 private key certificates' verification codes are signed with (CERTIFICATE_SIGNING_KEY). */
  certificateSigningKey: KeyObject;
}

const [issueCertificate, revokeCertificate] = certificateCommandTypes;

/** One stream per shift (sign-ups, waitlist), one per certificate. */
export const participationRoutes = (lookups: CampaignLookups, options: ParticipationRouteOptions): CommandRoute[] => [
  ...shiftRoutes(lookups),
  ...routesOf(
    [issueCertificate] as const,
    { streamType: CERTIFICATE_STREAM_TYPE, decider: certificateDecider },
    { IssueCertificate: issueCertificateFacts(options.certificateSigningKey, lookups) },
  ),
  // A revocation is decided behind one more check: the unit it names issued the certificate. Who revoked is the actor.
  ...routesOf(
    [revokeCertificate] as const,
    { streamType: CERTIFICATE_STREAM_TYPE, decider: revocationDecider },
    { RevokeCertificate: (_payload, envelope) => ({ revokedBy: envelope.actor.id }) },
  ),
];
