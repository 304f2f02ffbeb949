import { assertNever, type Decider } from '@tn/shared-decider';
import { illegalStateError } from '../../common/errors';
import { requireNotAfterToday } from '../../common/rules';
import { requireAct, requiredText } from '../partners.rules';
import type { AgreementCommand, AmendAgreementCommand, SignAgreementCommand, TerminateAgreementCommand } from './agreement.commands';
import type { AgreementEvent } from './agreement.events';
import { evolveAgreement, initialAgreement } from './agreement.evolve';
import {
  requireAgreement,
  requireAgreementDate,
  requireCommitments,
  requireFields,
  requireNotBeforeToday,
  requireNotTerminated,
  requirePartnerRegistered,
  requirePartyUnits,
  requireTerminationWithin,
  requireValidity,
} from './agreement.rules';
import type { AgreementState } from './agreement.types';

function sign(command: SignAgreementCommand, state: AgreementState): AgreementEvent[] {
  const { agreementId, partnerId, leadUnitId, signedOn, validFrom, validTo, today, actorId } = command;
  if (state.status !== 'none') throw illegalStateError('AGREEMENT.ALREADY_EXISTS', `agreement ${agreementId} already exists`, { agreementId });
  requireAct(command, 'AGREEMENT.DATE_INVALID');
  requirePartnerRegistered(command.partner, partnerId);
  const title = requiredText(command.title, 'AGREEMENT.TEXT_REQUIRED', 'title', 'a title');
  const scope = requiredText(command.scope, 'AGREEMENT.TEXT_REQUIRED', 'scope', 'the scope of the cooperation');
  const fields = requireFields(command.fields);
  const partyUnitIds = requirePartyUnits(leadUnitId, command.partyUnitIds);
  requireAgreementDate(signedOn, 'signedOn');
  requireAgreementDate(validFrom, 'validFrom');
  requireAgreementDate(validTo, 'validTo');
  requireNotAfterToday(signedOn, today, 'AGREEMENT.SIGNED_IN_FUTURE', 'signedOn');
  requireValidity(validFrom, validTo);
  const commitments = requireCommitments(command.commitments);
  return [
    {
      type: 'AgreementSigned',
      data: {
        agreementId,
        partnerId,
        title,
        scope,
        fields,
        leadUnitId,
        partyUnitIds,
        signedOn,
        validFrom,
        validTo,
        commitments,
        recordedBy: actorId,
        recordedOn: today,
      },
    },
  ];
}

/** A new end date (not before the start, nor before today), scope and commitments; the start, the partner and the units stay. */
function amend(command: AmendAgreementCommand, state: AgreementState): AgreementEvent[] {
  const agreement = requireNotTerminated(requireAgreement(state, command.agreementId));
  requireAct(command, 'AGREEMENT.DATE_INVALID');
  const { validTo } = command;
  requireAgreementDate(validTo, 'validTo');
  requireNotBeforeToday(validTo, command.today, 'validTo');
  requireValidity(agreement.validFrom, validTo);
  const scope = requiredText(command.scope, 'AGREEMENT.TEXT_REQUIRED', 'scope', 'the scope of the cooperation');
  const commitments = requireCommitments(command.commitments);
  return [
    {
      type: 'AgreementAmended',
      data: { agreementId: agreement.agreementId, validTo, scope, commitments, amendedBy: command.actorId, amendedOn: command.today },
    },
  ];
}

function terminate(command: TerminateAgreementCommand, state: AgreementState): AgreementEvent[] {
  const agreement = requireNotTerminated(requireAgreement(state, command.agreementId));
  requireAct(command, 'AGREEMENT.DATE_INVALID');
  const { on } = command;
  requireAgreementDate(on, 'on');
  requireNotBeforeToday(on, command.today, 'on');
  requireTerminationWithin(agreement, on);
  const reason = requiredText(command.reason, 'AGREEMENT.TEXT_REQUIRED', 'reason', 'the reason');
  return [
    { type: 'AgreementTerminated', data: { agreementId: agreement.agreementId, on, reason, terminatedBy: command.actorId, terminatedOn: command.today } },
  ];
}

function decideAgreement(command: AgreementCommand, state: AgreementState): AgreementEvent[] {
  switch (command.type) {
    case 'SignAgreement':
      return sign(command, state);
    case 'AmendAgreement':
      return amend(command, state);
    case 'TerminateAgreement':
      return terminate(command, state);
    default:
      return assertNever(command);
  }
}

/** A cooperation agreement with a partner (one stream each), led by one unit and binding its party units. */
export const agreementDecider: Decider<AgreementCommand, AgreementEvent, AgreementState> = {
  initialState: initialAgreement,
  decide: decideAgreement,
  evolve: evolveAgreement,
};
