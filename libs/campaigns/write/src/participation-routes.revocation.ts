import { CERTIFICATE_STREAM_TYPE, type CertificateEvent, certificateDecider, type CertificateState, certificateStreamId, type RevokeCertificate } from '@tn/campaigns-domain';
import { type Decider, forbiddenError } from '@tn/shared-decider';
import type { CommandEnvelope } from '@tn/shared-event-contracts';
import { type CommandRoute, commandRoute, requiredString } from '@tn/shared-event-sourcing-nest';

/** A revocation names the unit the caller says issued the certificate: the unit its rights are checked over. */
export type Revocation = RevokeCertificate & { issuingUnitId: string };

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
  decide: ({ issuingUnitId, ...command }, state) => {
    if (state.issuingUnitId !== undefined && state.issuingUnitId !== issuingUnitId) {
      throw forbiddenError('FORBIDDEN', `certificate ${command.certificateId} was not issued by unit ${issuingUnitId}`, { unitId: issuingUnitId });
    }
    return certificateDecider.decide(command, state.certificate);
  },
};

/** Payload → revocation; who revoked is the command's actor, never a payload field. */
export const toRevokeCertificate = (envelope: CommandEnvelope): Revocation => {
  const p = envelope.payload;
  return {
    type: 'RevokeCertificate',
    certificateId: requiredString(p, 'certificateId'),
    issuingUnitId: requiredString(p, 'issuingUnitId'),
    reason: requiredString(p, 'reason'),
    revokedOn: requiredString(p, 'revokedOn'),
    revokedBy: envelope.actor.id,
  };
};

/** Revocation on the certificate's own stream. */
export const revokeCertificateRoute = (): CommandRoute =>
  commandRoute({
    type: 'RevokeCertificate',
    streamType: CERTIFICATE_STREAM_TYPE,
    decider: revocationDecider,
    streamIdOf: (envelope: CommandEnvelope) => certificateStreamId(requiredString(envelope.payload, 'certificateId')),
    toCommand: toRevokeCertificate,
  });
