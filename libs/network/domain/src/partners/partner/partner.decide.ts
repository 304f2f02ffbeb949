import { assertNever, type Decider } from '@tn/shared-decider';
import { illegalStateAt, illegalStateError } from '../../common/errors';
import { compact } from '../../common/rules';
import { requireAct } from '../partners.rules';
import type { LinkPartnerAccountCommand, PartnerCommand, RegisterPartnerCommand, RevisePartnerCommand, UnlinkPartnerAccountCommand } from './partner.commands';
import type { PartnerEvent } from './partner.events';
import { evolvePartner, initialPartner } from './partner.evolve';
import { profileOf, requireLinkableAccount, requirePartner } from './partner.rules';
import type { PartnerState } from './partner.types';

function register(command: RegisterPartnerCommand, state: PartnerState): PartnerEvent[] {
  const { partnerId, ownerUnitId, today, actorId } = command;
  if (state.status !== 'none') throw illegalStateError('PARTNER.ALREADY_EXISTS', `partner ${partnerId} already exists`, { partnerId });
  requireAct(command, 'PARTNER.DATE_INVALID');
  const profile = profileOf(command);
  return [{ type: 'PartnerRegistered', data: compact({ partnerId, ...profile, ownerUnitId, registeredBy: actorId, registeredOn: today }) }];
}

function revise(command: RevisePartnerCommand, state: PartnerState): PartnerEvent[] {
  const partner = requirePartner(state, command.partnerId);
  requireAct(command, 'PARTNER.DATE_INVALID');
  const profile = profileOf(command);
  return [{ type: 'PartnerRevised', data: compact({ partnerId: partner.partnerId, ...profile, revisedBy: command.actorId, revisedOn: command.today }) }];
}

/** Linking an account the partner already has records nothing. */
function link(command: LinkPartnerAccountCommand, state: PartnerState): PartnerEvent[] {
  const partner = requirePartner(state, command.partnerId);
  requireAct(command, 'PARTNER.DATE_INVALID');
  const { accountId } = command;
  if (partner.accountIds.includes(accountId)) return [];
  requireLinkableAccount(partner, accountId, command.account, command.linkedPartnerId);
  return [{ type: 'PartnerAccountLinked', data: { partnerId: partner.partnerId, accountId, linkedBy: command.actorId, linkedOn: command.today } }];
}

function unlink(command: UnlinkPartnerAccountCommand, state: PartnerState): PartnerEvent[] {
  const partner = requirePartner(state, command.partnerId);
  requireAct(command, 'PARTNER.DATE_INVALID');
  const { accountId } = command;
  if (!partner.accountIds.includes(accountId)) {
    throw illegalStateAt('PARTNER.ACCOUNT_NOT_LINKED', 'accountId', `account ${accountId} is not linked to partner ${partner.partnerId}`, { accountId });
  }
  return [{ type: 'PartnerAccountUnlinked', data: { partnerId: partner.partnerId, accountId, unlinkedBy: command.actorId, unlinkedOn: command.today } }];
}

function decidePartner(command: PartnerCommand, state: PartnerState): PartnerEvent[] {
  switch (command.type) {
    case 'RegisterPartner':
      return register(command, state);
    case 'RevisePartner':
      return revise(command, state);
    case 'LinkPartnerAccount':
      return link(command, state);
    case 'UnlinkPartnerAccount':
      return unlink(command, state);
    default:
      return assertNever(command);
  }
}

/** A partner organisation (one stream each): its profile, kept by its owner unit, and the registry accounts that read as it. */
export const partnerDecider: Decider<PartnerCommand, PartnerEvent, PartnerState> = {
  initialState: initialPartner,
  decide: decidePartner,
  evolve: evolvePartner,
};
