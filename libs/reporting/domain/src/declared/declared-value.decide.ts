import { isDeclaredValueKey, parsePeriod } from '@tn/reporting-contracts';
import { assertNever, type Decider } from '@tn/shared-decider';
import { requireAct } from '../common/act';
import { validationError } from '../common/errors';
import type { DeclaredValueCommand, DeclareValueCommand } from './declared-value.commands';
import type { DeclaredValueEvent } from './declared-value.events';
import { evolveDeclaredValue, initialDeclaredValue } from './declared-value.evolve';
import type { DeclaredValueState } from './declared-value.types';

/**
 * A unit's figure for a period (one that has begun: nothing was held in a period to come), a
 * whole number from 0. A later declaration supersedes the earlier; one that repeats the figure
 * and the note in force records nothing.
 */
function declare(command: DeclareValueCommand, state: DeclaredValueState): DeclaredValueEvent[] {
  const { unitId, period, key, value, today, at, actorId } = command;
  requireAct(command);
  const parsed = parsePeriod(period);
  if (!parsed) throw validationError('DECLARED.PERIOD_INVALID', 'period', `"${String(period)}" is not a period key`, { period });
  if (parsed.from > today) {
    throw validationError('DECLARED.PERIOD_NOT_STARTED', 'period', `${period} begins on ${parsed.from}, after today (${today})`, {
      period,
      from: parsed.from,
      today,
    });
  }
  if (!isDeclaredValueKey(key)) throw validationError('DECLARED.KEY_UNKNOWN', 'key', `"${String(key)}" is not a key units declare`, { key });
  if (!Number.isSafeInteger(value) || value < 0) throw validationError('DECLARED.VALUE_INVALID', 'value', 'must be a whole number from 0', { value });
  const note = typeof command.note === 'string' && command.note.trim() ? command.note.trim() : undefined;
  if (state.declarations > 0 && state.value === value && state.note === note) return [];
  return [
    {
      type: 'ValueDeclared',
      data: { unitId, period, key, value, ...(note !== undefined ? { note } : {}), declaredBy: actorId, declaredAt: at },
    },
  ];
}

function decideDeclaredValue(command: DeclaredValueCommand, state: DeclaredValueState): DeclaredValueEvent[] {
  switch (command.type) {
    case 'DeclareValue':
      return declare(command, state);
    default:
      return assertNever(command.type);
  }
}

/** A declared value (one stream per unit, period and key): declarations that supersede one another. */
export const declaredValueDecider: Decider<DeclaredValueCommand, DeclaredValueEvent, DeclaredValueState> = {
  initialState: initialDeclaredValue,
  decide: decideDeclaredValue,
  evolve: evolveDeclaredValue,
};
