import { defineProjection } from '@tn/shared-event-bus';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import type { Data } from '../core/event-data';

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

/** Pure: the certificate after one of its stream's events. */
export function evolveCertificateRecord(doc: CertificateRecordDoc | null, event: EventEnvelope): CertificateRecordDoc {
  const data = event.data as Data;
  switch (event.type) {
    case 'CertificateIssued':
      return {
        certificateId: String(data['certificateId']),
        award: String(data['award']),
        volunteerId: String(data['volunteerId']),
        ...(typeof data['campaignId'] === 'string' ? { campaignId: data['campaignId'] } : {}),
        issuingUnitId: String(data['issuingUnitId']),
        hours: Number(data['hours']),
        activities: Number(data['activities']),
        issuedOn: String(data['issuedOn']),
        code: String(data['code']),
        status: 'issued',
      };
    case 'CertificateRevoked':
      if (!doc) throw new Error('CertificateRevoked for a certificate the read model does not know');
      return { ...doc, status: 'revoked', revokedOn: String(data['revokedOn']) };
    default:
      throw new Error(`certificate read model cannot apply ${event.type}`);
  }
}

/** The certificates read model: one document per certificate stream (what public verification reads). */
export const certificateProjection = defineProjection<CertificateRecordDoc>({
  name: 'gateway-certificates',
  collection: CERTIFICATES_COLLECTION,
  handles: ['CertificateIssued', 'CertificateRevoked'],
  documentId: (event) => String((event.data as Data)['certificateId']),
  evolve: evolveCertificateRecord,
});
