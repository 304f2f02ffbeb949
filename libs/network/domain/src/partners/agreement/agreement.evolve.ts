import { assertNever } from '@tn/shared-decider';
import type { AgreementEvent } from './agreement.events';
import type { AgreementState } from './agreement.types';

export const initialAgreement = (): AgreementState => ({ status: 'none' });

export function evolveAgreement(state: AgreementState, event: AgreementEvent): AgreementState {
  if (event.type === 'AgreementSigned') {
    const { agreementId, partnerId, title, scope, fields, leadUnitId, partyUnitIds, signedOn, validFrom, validTo, commitments } = event.data;
    return {
      status: 'signed',
      agreementId,
      partnerId,
      title,
      scope,
      fields,
      ownerUnitId: leadUnitId,
      leadUnitId,
      partyUnitIds,
      signedOn,
      validFrom,
      validTo,
      commitments,
    };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'AgreementAmended': {
      const { validTo, scope, commitments } = event.data;
      return { ...state, validTo, scope, commitments };
    }
    case 'AgreementTerminated': {
      const { on, reason } = event.data;
      return { ...state, status: 'terminated', termination: { on, reason } };
    }
    default:
      return assertNever(event);
  }
}
