import { certificateEventTypes } from '@tn/campaigns-contracts';
import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import type { EnvelopeOf, EventsOf } from '@tn/shared-event-contracts';

export const CERTIFICATES_COLLECTION = 'gw_campaigns_certificates';

/** One certificate or badge as issued (ids only: the holder's name is read from the registry's read model when shown). */
export interface CertificateRecordDoc {
  certificateId: string;
  award: string;
  volunteerId: string;
  campaignId?: string;
  issuingUnitId: string;
  hours: number;
  activities: number;
  issuedOn: string;
  /** The signed verification code, exactly as recorded. */
  code: string;
  status: 'issued' | 'revoked';
  revokedOn?: string;
}

type CertificateEvent = EnvelopeOf<EventsOf<typeof certificateEventTypes>>;

/** Pure: the certificate after one of its stream's events. */
export function evolveCertificateRecord(doc: CertificateRecordDoc | null, event: CertificateEvent): CertificateRecordDoc {
  switch (event.type) {
    case 'CertificateIssued': {
      const { certificateId, award, volunteerId, campaignId, issuingUnitId, hours, activities, issuedOn, code } = event.data;
      return {
        certificateId,
        award,
        volunteerId,
        ...(typeof campaignId === 'string' ? { campaignId } : {}),
        issuingUnitId,
        hours,
        activities,
        issuedOn,
        code,
        status: 'issued',
      };
    }
    case 'CertificateRevoked':
      if (!doc) throw new Error('CertificateRevoked for a certificate the read model does not know');
      return { ...doc, status: 'revoked', revokedOn: event.data.revokedOn };
    default:
      return assertNever(event);
  }
}

/**
 * The certificates read model: one document per certificate stream. Public verification reads it
 * by `_id`; a campaign's page lists its certificates by `campaignId`.
 */
export const certificateProjection = projectionOver(certificateEventTypes, {
  name: 'gateway-certificates',
  collection: CERTIFICATES_COLLECTION,
  documentId: (event) => event.data.certificateId,
  evolve: evolveCertificateRecord,
  // CampaignsDirectory.certificatesOf: a campaign's certificates ({ campaignId }).
  indexes: [{ campaignId: 1 }],
});
