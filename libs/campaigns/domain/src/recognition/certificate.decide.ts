import { AWARDS } from '@tn/campaigns-contracts';
import { assertNever, type Decider } from '@tn/shared-decider';
import { illegalStateError, notFoundError, validationError } from '../common/errors';
import { compact, requireIsoDate, requireOneOf, requireText } from '../common/rules';
import type { CertificateCommand, IssueCertificate } from './certificate.commands';
import { evaluateCertificate, requireCriteria } from './certificate.criteria';
import type { CertificateEvent } from './certificate.events';

export type CertificateState = { status: 'none' } | { status: 'issued' | 'revoked'; certificateId: string; volunteerId: string };

function issue(command: IssueCertificate, state: CertificateState): CertificateEvent[] {
  const { certificateId, award, volunteerId, campaignId, issuingUnitId, criteria, facts, code, issuedOn, issuedBy } = command;
  requireText(certificateId, 'CERTIFICATE.ID_REQUIRED', 'certificateId', 'a certificate id');
  if (state.status !== 'none') throw illegalStateError('CERTIFICATE.ALREADY_ISSUED', `certificate ${certificateId} was already issued`, { certificateId });
  requireOneOf(award, AWARDS, 'CERTIFICATE.AWARD_UNKNOWN', 'award');
  requireText(volunteerId, 'CERTIFICATE.VOLUNTEER_REQUIRED', 'volunteerId', 'a volunteer');
  requireText(issuingUnitId, 'CERTIFICATE.UNIT_REQUIRED', 'issuingUnitId', 'an issuing unit');
  requireText(code, 'CERTIFICATE.CODE_REQUIRED', 'code', 'a signed verification code');
  requireText(issuedBy, 'CERTIFICATE.ISSUER_REQUIRED', 'issuedBy', 'an issuer');
  requireIsoDate(issuedOn, 'issuedOn');
  requireCriteria(criteria);
  const evaluation = evaluateCertificate(criteria, facts ?? { hours: 0, activities: 0 });
  if (!evaluation.met) {
    // Thresholds and the volunteer's numbers, flat, so the message names them.
    const named = Object.fromEntries(
      evaluation.unmet.flatMap(({ criterion, required, actual }) => {
        const what = criterion === 'minimumHours' ? 'Hours' : 'Activities';
        return [
          [`required${what}`, required],
          [`actual${what}`, actual],
        ];
      }),
    );
    const summary = evaluation.unmet.map(({ criterion, required, actual }) => `${criterion} ${required}, has ${actual}`).join('; ');
    throw validationError('CERTIFICATE.CRITERIA_NOT_MET', 'facts', `the certificate criteria are not met (${summary})`, { unmet: evaluation.unmet, ...named });
  }
  const { hours, activities } = facts;
  const data = { certificateId, award, volunteerId, issuingUnitId, criteria: compact(criteria), hours, activities, code, issuedOn, issuedBy };
  return [{ type: 'CertificateIssued', data: campaignId === undefined ? data : { ...data, campaignId } }];
}

function decideCertificate(command: CertificateCommand, state: CertificateState): CertificateEvent[] {
  switch (command.type) {
    case 'IssueCertificate':
      return issue(command, state);
    case 'RevokeCertificate': {
      const { certificateId, reason, revokedOn, revokedBy } = command;
      if (state.status === 'none') throw notFoundError('CERTIFICATE.NOT_FOUND', `no certificate ${certificateId}`, { certificateId });
      if (state.status === 'revoked') return [];
      requireText(reason, 'CERTIFICATE.REVOKE_REASON_REQUIRED', 'reason', 'a reason');
      requireIsoDate(revokedOn, 'revokedOn');
      return [{ type: 'CertificateRevoked', data: { certificateId, volunteerId: state.volunteerId, reason, revokedOn, revokedBy } }];
    }
    default:
      return assertNever(command);
  }
}

function evolveCertificate(state: CertificateState, event: CertificateEvent): CertificateState {
  switch (event.type) {
    case 'CertificateIssued':
      return { status: 'issued', certificateId: event.data.certificateId, volunteerId: event.data.volunteerId };
    case 'CertificateRevoked':
      return state.status === 'none' ? state : { ...state, status: 'revoked' };
    default:
      return assertNever(event);
  }
}

/** A certificate or badge (one stream each), issued only when its criteria are met. */
export const certificateDecider: Decider<CertificateCommand, CertificateEvent, CertificateState> = {
  initialState: () => ({ status: 'none' }),
  decide: decideCertificate,
  evolve: evolveCertificate,
};
