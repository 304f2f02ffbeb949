import { commandType, eventType, IsFiniteNumber, IsIsoDate, IsNonEmptyText, Nested, streamIdOf } from '@tn/shared-event-contracts';
import { IsInt, IsOptional, IsString } from 'class-validator';
import type { CampaignCommandScope } from '../common/command-rights';
import type { Award } from '../read/awards';
import type { CertificateCriteria, ParticipationFacts } from '../read/certificate-criteria';

/**
 * Certificates and badges (one stream each). The volunteer by id; the name printed on the
 * certificate is read from the registry when shown. `code` is the signed verification code,
 * made by the service (never taken from the caller).
 */

export const CERTIFICATE_STREAM_TYPE = 'certificate';
export const certificateStreamId = (certificateId: string) => streamIdOf(CERTIFICATE_STREAM_TYPE, certificateId);

// ---- parts ---------------------------------------------------------------------------------

/** When an award is earned; every criterion given must be met (the deciders check the ranges). */
export class CertificateCriteriaPart implements CertificateCriteria {
  @IsOptional() @IsFiniteNumber() minimumHours?: number;
  @IsOptional() @IsFiniteNumber() minimumActivities?: number;
}

/** The volunteer's participation in scope, computed by the read side. */
export class ParticipationFactsPart implements ParticipationFacts {
  @IsFiniteNumber() hours!: number;
  @IsFiniteNumber() activities!: number;
}

// ---- commands ------------------------------------------------------------------------------

class CertificateCommandPayload {
  @IsString() certificateId!: string;
}

/**
 * `criteria` count only for an award outside any campaign: a campaign's certificate applies the
 * campaign's own criteria, looked up by the service.
 */
export class IssueCertificate extends CertificateCommandPayload {
  @IsString() award!: Award;
  @IsString() volunteerId!: string;
  @IsOptional() @IsString() campaignId?: string;
  @IsString() issuingUnitId!: string;
  @IsOptional() @Nested(() => CertificateCriteriaPart) criteria?: CertificateCriteriaPart;
  @Nested(() => ParticipationFactsPart) facts!: ParticipationFactsPart;
  @IsString() issuedOn!: string;
}
/** Names the unit the caller says issued the certificate: the unit its rights are checked over. */
export class RevokeCertificate extends CertificateCommandPayload {
  @IsString() issuingUnitId!: string;
  @IsString() reason!: string;
  @IsString() revokedOn!: string;
}

const onItsCertificate = (p: CertificateCommandPayload) => certificateStreamId(p.certificateId);

export const certificateCommandTypes = [
  // The issuing unit, and the volunteer's home unit: a certificate only for someone in the actor's scope.
  commandType('IssueCertificate', IssueCertificate, {
    streamId: onItsCertificate,
    rights: (p): CampaignCommandScope => ({ permission: 'campaigns:write', units: [p.issuingUnitId], volunteerId: p.volunteerId }),
  }),
  // The issuing unit named here is checked against the certificate's stream by the service.
  commandType('RevokeCertificate', RevokeCertificate, {
    streamId: onItsCertificate,
    rights: (p): CampaignCommandScope => ({ permission: 'campaigns:write', units: [p.issuingUnitId] }),
  }),
] as const;

// ---- events --------------------------------------------------------------------------------

/** The volunteer by id only; `criteria` as applied. */
export class CertificateIssued {
  @IsNonEmptyText() certificateId!: string;
  @IsNonEmptyText() award!: Award;
  @IsNonEmptyText() volunteerId!: string;
  @IsOptional() @IsString() campaignId?: string;
  @IsNonEmptyText() issuingUnitId!: string;
  @Nested(() => CertificateCriteriaPart) criteria!: CertificateCriteriaPart;
  @IsFiniteNumber() hours!: number;
  @IsInt() activities!: number;
  @IsNonEmptyText() code!: string;
  @IsIsoDate() issuedOn!: string;
  @IsNonEmptyText() issuedBy!: string;
}
/** Names the holder, so the holder's own view (one document per volunteer) can follow it. */
export class CertificateRevoked {
  @IsNonEmptyText() certificateId!: string;
  @IsNonEmptyText() volunteerId!: string;
  @IsNonEmptyText() reason!: string;
  @IsIsoDate() revokedOn!: string;
  @IsNonEmptyText() revokedBy!: string;
}

export const certificateEventTypes = [eventType('CertificateIssued', CertificateIssued), eventType('CertificateRevoked', CertificateRevoked)] as const;
