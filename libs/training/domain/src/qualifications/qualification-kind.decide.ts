import { assertNever, type Decider } from '@tn/shared-decider';
import { EXTEND_BY_MONTHS_RANGE } from '@tn/training-contracts';
import { illegalStateAt, illegalStateError, notFoundError, validationError } from '../common/errors';
import type {
  DefineQualificationKindCommand,
  ExtendQualificationValidityCommand,
  QualificationKindCommand,
  ReviseQualificationKindCommand,
} from './qualification-kind.commands';
import type { QualificationKindEvent } from './qualification-kind.events';
import { evolveQualificationKind, initialQualificationKind } from './qualification-kind.evolve';
import { requireKindTerms } from './qualification-kind.rules';
import { type DefinedQualificationKind, type QualificationKindState, sameTerms, termsOf } from './qualification-kind.types';
import { requireQualificationDate, requireQualificationText, requireTodayAndActor, requireWholeNumberWithin } from './qualification.rules';

function requireDefined(state: QualificationKindState, kindId: string): DefinedQualificationKind {
  if (state.status === 'none') throw notFoundError('QUALIFICATION.KIND_NOT_FOUND', `qualification kind ${kindId} is not defined`, { kindId });
  return state;
}

function define(command: DefineQualificationKindCommand, state: QualificationKindState): QualificationKindEvent[] {
  if (state.status !== 'none') {
    throw illegalStateError('QUALIFICATION.KIND_ALREADY_DEFINED', `qualification kind ${command.kindId} is already defined`, { kindId: command.kindId });
  }
  requireKindTerms(command.kindId, command);
  requireTodayAndActor(command.today, command.actorId);
  const data = { kindId: command.kindId, ...termsOf(command), definedOn: command.today, definedBy: command.actorId };
  return [{ type: 'QualificationKindDefined', data }];
}

/** New terms for records granted from now on; the same terms again decide nothing. */
function revise(command: ReviseQualificationKindCommand, state: QualificationKindState): QualificationKindEvent[] {
  const kind = requireDefined(state, command.kindId);
  requireKindTerms(command.kindId, command);
  requireTodayAndActor(command.today, command.actorId);
  if (sameTerms(kind, command)) return [];
  const data = { kindId: kind.kindId, ...termsOf(command), revision: kind.revision + 1, revisedOn: command.today, revisedBy: command.actorId };
  return [{ type: 'QualificationKindRevised', data }];
}

function extend(command: ExtendQualificationValidityCommand, state: QualificationKindState): QualificationKindEvent[] {
  const kind = requireDefined(state, command.kindId);
  const { extensionId, expiringFrom, expiringTo, extendByMonths, reason, today, actorId } = command;
  requireQualificationText(extensionId, 'extensionId', 'an extension id');
  if (kind.extensions.some((extension) => extension.extensionId === extensionId)) {
    throw illegalStateAt('QUALIFICATION.EXTENSION_EXISTS', 'extensionId', `extension ${extensionId} was already declared`, { extensionId });
  }
  requireQualificationDate(expiringFrom, 'expiringFrom');
  requireQualificationDate(expiringTo, 'expiringTo');
  if (expiringTo < expiringFrom) {
    throw validationError('QUALIFICATION.EXTENSION_PERIOD_INVALID', 'expiringTo', 'the window cannot end before it starts', { expiringFrom, expiringTo });
  }
  requireWholeNumberWithin(extendByMonths, EXTEND_BY_MONTHS_RANGE, 'extendByMonths');
  requireQualificationText(reason, 'reason', 'a reason');
  requireTodayAndActor(today, actorId);
  const data = { kindId: kind.kindId, extensionId, expiringFrom, expiringTo, extendByMonths, reason, extendedOn: today, extendedBy: actorId };
  return [{ type: 'QualificationValidityExtended', data }];
}

function decideQualificationKind(command: QualificationKindCommand, state: QualificationKindState): QualificationKindEvent[] {
  switch (command.type) {
    case 'DefineQualificationKind':
      return define(command, state);
    case 'ReviseQualificationKind':
      return revise(command, state);
    case 'ExtendQualificationValidity':
      return extend(command, state);
    default:
      return assertNever(command);
  }
}

/** A qualification kind (one stream each): its terms, revisions and blanket extensions. */
export const qualificationKindDecider: Decider<QualificationKindCommand, QualificationKindEvent, QualificationKindState> = {
  initialState: initialQualificationKind,
  decide: decideQualificationKind,
  evolve: evolveQualificationKind,
};
