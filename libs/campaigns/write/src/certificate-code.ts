import type { KeyObject } from 'node:crypto';
import { type CertificateCodePayload, signCertificateCode } from '@tn/campaigns-contracts';
import type { IssueCertificate } from '@tn/campaigns-domain';

/** What a certificate's code signs: its content by ids (no personal data), as the decider will record it. */
function certificateCodePayloadOf(command: Omit<IssueCertificate, 'type' | 'code' | 'issuedBy'>): CertificateCodePayload {
  return {
    certificateId: command.certificateId,
    volunteerId: command.volunteerId,
    ...(command.campaignId !== undefined ? { campaignId: command.campaignId } : {}),
    award: command.award,
    issuedOn: command.issuedOn,
    ...(typeof command.facts?.hours === 'number' ? { hours: command.facts.hours } : {}),
  };
}

/** Pure: the signed verification code of the certificate a command issues (Ed25519, the service's private key). */
export const certificateCodeOf = (command: Omit<IssueCertificate, 'type' | 'code' | 'issuedBy'>, signingKey: KeyObject): string =>
  signCertificateCode(certificateCodePayloadOf(command), signingKey);
