import { type CertificateEvent, certificateDecider, type CertificateState, forbiddenError, type RevokeCertificate } from '@tn/campaigns-domain';
import type { Decider } from '@tn/shared-decider';

/** A revocation names the unit the caller says issued the certificate: the unit its rights are checked over. */
export type Revocation = RevokeCertificate;

/** The certificate's own state, plus the unit that issued it (what the revocation is authorised against). */
export interface RevocationState {
  certificate: CertificateState;
  issuingUnitId?: string;
}

/**
 * The certificate decider behind one more check. The authoriser grants a revocation over the
 * issuing unit the payload names (it cannot read certificates); this decider refuses the command
 * when the stream says another unit issued it, so a manager cannot revoke another unit's
 * certificate by naming their own unit. Everything else is the certificate decider's.
 */
export const revocationDecider: Decider<Revocation, CertificateEvent, RevocationState> = {
  initialState: () => ({ certificate: certificateDecider.initialState() }),
  evolve: (state, event) => ({
    certificate: certificateDecider.evolve(state.certificate, event),
    issuingUnitId: event.type === 'CertificateIssued' ? event.data.issuingUnitId : state.issuingUnitId,
  }),
  decide: (command, state) => {
    if (state.issuingUnitId !== undefined && state.issuingUnitId !== command.issuingUnitId) {
      throw forbiddenError('FORBIDDEN', `certificate ${command.certificateId} was not issued by unit ${command.issuingUnitId}`, {
        unitId: command.issuingUnitId,
      });
    }
    return certificateDecider.decide(command, state.certificate);
  },
};
