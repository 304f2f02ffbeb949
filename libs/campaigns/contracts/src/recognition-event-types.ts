import type { EventTypeDefinition } from '@tn/shared-event-contracts';

/**
 * Certificates and badges (one stream each). The volunteer by id; the name printed on the
 * certificate is read from the registry when shown. `code` is the signed verification code.
 */
export const recognitionEventTypes: EventTypeDefinition[] = [
  {
    type: 'CertificateIssued',
    version: 1,
    schema: {
      certificateId: 'non-empty-string',
      award: 'non-empty-string',
      volunteerId: 'non-empty-string',
      'campaignId?': 'string',
      issuingUnitId: 'non-empty-string',
      /** `{ minimumHours?, minimumActivities? }` as applied */
      criteria: 'object',
      hours: 'number',
      activities: 'integer',
      code: 'non-empty-string',
      issuedOn: 'iso-date',
      issuedBy: 'non-empty-string',
    },
  },
  {
    type: 'CertificateRevoked',
    version: 1,
    schema: { certificateId: 'non-empty-string', volunteerId: 'non-empty-string', reason: 'non-empty-string', revokedOn: 'iso-date', revokedBy: 'non-empty-string' },
  },
];
