import { isDeepStrictEqual } from 'node:util';
import { assertNever, type Decider } from '@tn/shared-decider';
import { requireAct, requiredText } from '../common/act';
import { illegalStateError } from '../common/errors';
import type { DefineIndicatorCommand, IndicatorCommand, RetireIndicatorCommand, ReviseIndicatorCommand } from './indicator.commands';
import type { IndicatorEvent } from './indicator.events';
import { evolveIndicator, initialIndicator } from './indicator.evolve';
import { requireActiveIndicator, requireContent, requireFreeId, requireIndicator } from './indicator.rules';
import type { IndicatorState } from './indicator.types';

const contentOfCommand = ({ code, nameVi, nameEn, formula, unit, targets }: DefineIndicatorCommand | ReviseIndicatorCommand) => ({
  code,
  nameVi,
  nameEn,
  formula,
  unit,
  targets,
});

/** Version 1, owned by the unit the payload names (the authoriser checked the actor's rights over it). */
function define(command: DefineIndicatorCommand, state: IndicatorState): IndicatorEvent[] {
  const { indicatorId, ownerUnitId, at, actorId } = command;
  requireFreeId(indicatorId);
  if (state.status !== 'none') throw illegalStateError('INDICATOR.ALREADY_EXISTS', `indicator ${indicatorId} already exists`, { indicatorId });
  requireAct(command);
  const content = requireContent(contentOfCommand(command));
  return [{ type: 'IndicatorDefined', data: { indicatorId, version: 1, ...content, ownerUnitId, definedBy: actorId, definedAt: at } }];
}

/**
 * A new version, one more than the last, with the whole definition again; the owner unit stays.
 * A revision that changes nothing records nothing, so no version differs from the one before.
 */
function revise(command: ReviseIndicatorCommand, state: IndicatorState): IndicatorEvent[] {
  const indicator = requireActiveIndicator(state, command.indicatorId);
  requireAct(command);
  const content = requireContent(contentOfCommand(command));
  if (isDeepStrictEqual(content, indicator.content)) return [];
  const { indicatorId, ownerUnitId, version } = indicator;
  return [
    { type: 'IndicatorRevised', data: { indicatorId, version: version + 1, ...content, ownerUnitId, revisedBy: command.actorId, revisedAt: command.at } },
  ];
}

/** Final, at the last version (repeated in the event); retiring again records nothing. */
function retire(command: RetireIndicatorCommand, state: IndicatorState): IndicatorEvent[] {
  const indicator = requireIndicator(state, command.indicatorId);
  if (indicator.status === 'retired') return [];
  requireAct(command);
  const reason = requiredText(command.reason, 'INDICATOR.TEXT_REQUIRED', 'reason', 'a reason');
  const { indicatorId, ownerUnitId, version, content } = indicator;
  return [{ type: 'IndicatorRetired', data: { indicatorId, version, ...content, ownerUnitId, reason, retiredBy: command.actorId, retiredAt: command.at } }];
}

function decideIndicator(command: IndicatorCommand, state: IndicatorState): IndicatorEvent[] {
  switch (command.type) {
    case 'DefineIndicator':
      return define(command, state);
    case 'ReviseIndicator':
      return revise(command, state);
    case 'RetireIndicator':
      return retire(command, state);
    default:
      return assertNever(command);
  }
}

/** A plan indicator (one stream each): defined by a unit, revised in versions, retired. */
export const indicatorDecider: Decider<IndicatorCommand, IndicatorEvent, IndicatorState> = {
  initialState: initialIndicator,
  decide: decideIndicator,
  evolve: evolveIndicator,
};
