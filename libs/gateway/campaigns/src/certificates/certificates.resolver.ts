import type { KeyObject } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Award, AWARDS, campaignAwardId, type CertificateCriteria, criteriaOfCampaign, verifyCertificateCode } from '@tn/campaigns-contracts';
import { apiError } from '@tn/gateway-graphql-kit';
import { CommandResultView, type GatewayContext } from '@tn/gateway-core';
import { directoryOf, peopleOf, today, versionOn } from '@tn/gateway-registry';
import type { CampaignDoc } from '../campaigns/campaign.read-model';
import { CampaignsClient } from '../core/campaigns-client';
import { campaignsOf } from '../core/campaigns-directory';
import { requireCampaignPermission } from '../core/campaign-permissions';
import { hoursPerShift } from '../participation/participation.read-model';
import { volunteerInScope } from '../shifts/volunteer-in-scope';
import { campaignParticipationFacts } from './certificate-facts';
import { CertificateVerificationView } from './certificate.models';

/** Nest token of the Ed25519 public key that verifies certificate codes (CERTIFICATE_VERIFY_KEY). */
export const CERTIFICATE_VERIFY_KEY = Symbol('CERTIFICATE_VERIFY_KEY');

/** Longer than any code this platform signs: refused before any work. */
const MAX_CODE_LENGTH = 2_000;

const NOTHING = { certificateId: null, award: null, campaignName: null, organiserUnitName: null, issuedOn: null, hours: null, holderName: null } as const;
const invalid = (reason: string, certificateId: string | null = null): CertificateVerificationView => ({ valid: false, reason, ...NOTHING, certificateId });

/**
 * A campaign's own criteria for an award, else the platform default; the certificate and the badge
 * share them. The campaigns service applies the criteria recorded on the campaign's stream, whatever is sent.
 */
export const criteriaOf = (campaign: CampaignDoc, _award: Award = 'certificate'): CertificateCriteria => criteriaOfCampaign(campaign);

const isAward = (value: string): value is Award => (AWARDS as readonly string[]).includes(value);

/** Youth Volunteer Certificates: issuance when the criteria are met, and public verification of their codes. */
@Resolver()
export class CertificatesResolver {
  constructor(
    private readonly client: CampaignsClient,
    @Inject(CERTIFICATE_VERIFY_KEY) private readonly verifyKey: KeyObject,
  ) {}

  @Mutation(() => CommandResultView, {
    description:
      "Issue a volunteer's Youth Volunteer Certificate (or Badge) for a campaign (campaigns:write over its organiser unit). The hours and activities come from attendance; the campaigns service refuses when the criteria are not met (CERTIFICATE.CRITERIA_NOT_MET) and signs the verification code.",
  })
  async issueCertificate(
    @Context() context: GatewayContext,
    @Args('volunteerId', { type: () => ID }) volunteerId: string,
    @Args('campaignId', { type: () => ID }) campaignId: string,
    @Args('award', {
      type: () => String,
      defaultValue: 'certificate',
      description: 'certificate (Youth Volunteer Certificate) or badge (Youth Volunteer Badge).',
    })
    award = 'certificate',
  ): Promise<CommandResultView> {
    if (!isAward(award))
      throw apiError({ code: 'CERTIFICATE.AWARD_UNKNOWN', kind: 'validation', field: 'award', details: { allowed: AWARDS.join(', ') } }, context.language);
    const campaigns = campaignsOf(context);
    const campaign = await campaigns.campaign(campaignId);
    if (!campaign) throw apiError({ code: 'CAMPAIGN.NOT_FOUND', kind: 'not-found', field: 'campaignId' }, context.language);
    const user = await requireCampaignPermission(context, 'campaigns:write', campaign.organiserUnitId);
    // Only for a volunteer in the actor's scope: another unit's volunteer answers as an unknown one.
    const volunteer = await volunteerInScope(context, 'campaigns:write', volunteerId);
    if (!volunteer) throw apiError({ code: 'VOLUNTEER.NOT_FOUND', kind: 'not-found', field: 'volunteerId' }, context.language);

    // The facts from the read models, never from the client.
    const participation = await campaigns.participation(volunteerId);
    const shifts = participation ? hoursPerShift(participation) : [];
    const shiftDocs = await Promise.all(shifts.map((shift) => campaigns.shift(shift.shiftId)));
    const activityOfShift = new Map(shifts.map((shift, index) => [shift.shiftId, shiftDocs[index]?.activityId]));
    const activityIds = [...new Set([...activityOfShift.values()].filter((id): id is string => id !== undefined))];
    const activityDocs = await Promise.all(activityIds.map((id) => campaigns.activity(id)));
    const campaignOfActivity = new Map(activityIds.map((id, index) => [id, activityDocs[index]?.campaignId]));
    const facts = campaignParticipationFacts(shifts, activityOfShift, campaignOfActivity, campaignId);

    const certificateId = campaignAwardId(award, campaignId, volunteerId);
    const payload = {
      certificateId,
      award,
      volunteerId,
      campaignId,
      issuingUnitId: campaign.organiserUnitId,
      criteria: criteriaOf(campaign, award),
      facts,
      issuedOn: today(),
    };
    const outcome = await this.client.command('IssueCertificate', payload, user, context.language);
    return { id: certificateId, ...outcome };
  }

  @Mutation(() => CommandResultView, {
    description: 'Revoke a certificate or badge, with a reason (campaigns:write over the unit that issued it). Its code then verifies as revoked.',
  })
  async revokeCertificate(
    @Context() context: GatewayContext,
    @Args('certificateId', { type: () => ID }) certificateId: string,
    @Args('reason') reason: string,
  ): Promise<CommandResultView> {
    const record = await campaignsOf(context).certificate(certificateId);
    if (!record) throw apiError({ code: 'CERTIFICATE.NOT_FOUND', kind: 'not-found', field: 'certificateId' }, context.language);
    const user = await requireCampaignPermission(context, 'campaigns:write', record.issuingUnitId);
    // The issuing unit is sent for the service's own check, which compares it with the certificate's stream.
    const payload = { certificateId, issuingUnitId: record.issuingUnitId, reason, revokedOn: today() };
    const outcome = await this.client.command('RevokeCertificate', payload, user, context.language);
    return { id: certificateId, ...outcome };
  }

  @Query(() => CertificateVerificationView, {
    description:
      'Verify a certificate code (no sign-in needed): the signature, then that the certificate is issued and not revoked. Shows only what the certificate shows.',
  })
  async verifyCertificate(@Context() context: GatewayContext, @Args('code') code: string): Promise<CertificateVerificationView> {
    // Deliberately public: no requireUser (the per-client rate limit still applies).
    const given = code.trim();
    if (given.length === 0 || given.length > MAX_CODE_LENGTH) return invalid('malformed');
    const check = verifyCertificateCode(given, this.verifyKey);
    if (!check.valid) return invalid(check.reason);
    const record = await campaignsOf(context).certificate(check.payload.certificateId);
    // Signed by our key but not what was recorded (or not recorded at all): not a certificate of ours.
    if (!record || record.code !== given) return invalid('unknown');
    if (record.status === 'revoked') return invalid('revoked', record.certificateId);
    const [campaign, unit, holder] = await Promise.all([
      record.campaignId ? campaignsOf(context).campaign(record.campaignId) : undefined,
      directoryOf(context).get(record.issuingUnitId),
      peopleOf(context).volunteer(record.volunteerId),
    ]);
    const unitVersion = unit ? (versionOn(unit, record.issuedOn) ?? unit.versions[unit.versions.length - 1]) : undefined;
    return {
      valid: true,
      reason: null,
      certificateId: record.certificateId,
      award: record.award,
      campaignName: campaign?.name ?? null,
      organiserUnitName: unitVersion?.nameVi ?? null,
      issuedOn: record.issuedOn,
      hours: record.hours,
      holderName: holder?.fullName ?? null,
    };
  }
}
