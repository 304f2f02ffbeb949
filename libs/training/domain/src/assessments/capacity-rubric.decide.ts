import { assertNever, type Decider } from '@tn/shared-decider';
import { illegalStateError } from '../common/errors';
import type { CapacityRubricCommand, DefineCapacityRubric, ReviseCapacityRubric } from './capacity-rubric.commands';
import type { CapacityRubricEvent } from './capacity-rubric.events';
import { evolveCapacityRubric, initialCapacityRubric } from './capacity-rubric.evolve';
import { requireContent, requireIdentity, requireRubric, requireRubricActing, sameContent } from './capacity-rubric.rules';
import { type CapacityRubricState, latestVersionOf } from './capacity-rubric.types';

function define(command: DefineCapacityRubric, state: CapacityRubricState): CapacityRubricEvent[] {
  if (state.status !== 'none') {
    throw illegalStateError('CAPACITY_RUBRIC.ALREADY_EXISTS', `capacity rubric ${command.rubricId} already exists`, { rubricId: command.rubricId });
  }
  requireRubricActing(command);
  const content = requireContent(command);
  const identity = requireIdentity(command);
  const { rubricId, actorId, today } = command;
  return [{ type: 'CapacityRubricDefined', data: { rubricId, version: 1, ...content, ...identity, definedBy: actorId, definedOn: today } }];
}

/** A new version, numbered after the current one; the same content again decides nothing. */
function revise(command: ReviseCapacityRubric, state: CapacityRubricState): CapacityRubricEvent[] {
  const rubric = requireRubric(state, command.rubricId);
  requireRubricActing(command);
  const content = requireContent(command);
  const latest = latestVersionOf(rubric);
  if (sameContent(content, latest)) return [];
  const version = latest.version + 1;
  return [{ type: 'CapacityRubricRevised', data: { rubricId: rubric.rubricId, version, ...content, revisedBy: command.actorId, revisedOn: command.today } }];
}

function decideCapacityRubric(command: CapacityRubricCommand, state: CapacityRubricState): CapacityRubricEvent[] {
  switch (command.type) {
    case 'DefineCapacityRubric':
      return define(command, state);
    case 'ReviseCapacityRubric':
      return revise(command, state);
    default:
      return assertNever(command);
  }
}

/** A capacity rubric (one stream each): criteria, scale and weights, versioned. */
export const capacityRubricDecider: Decider<CapacityRubricCommand, CapacityRubricEvent, CapacityRubricState> = {
  initialState: initialCapacityRubric,
  decide: decideCapacityRubric,
  evolve: evolveCapacityRubric,
};
