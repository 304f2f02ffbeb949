import { accountDecider, type AccountState, cadreDecider, type CadreState, openPositions, volunteerDecider } from '@tn/registry-domain';
import type { Decider } from '@tn/shared-decider';
import { streamIdOf } from '@tn/shared-event-contracts';
import type { MongoEventStore } from '@tn/shared-event-store';

async function stateOf<C, E, S>(store: MongoEventStore, decider: Decider<C, E, S>, streamId: string): Promise<S> {
  const { events } = await store.readStream(streamId);
  return events.reduce((state, envelope) => decider.evolve(state, { type: envelope.type, data: envelope.data } as unknown as E), decider.initialState());
}

/**
 * A placeholder unit that no grant covers: only a system administrator gets past it, and then
 * the decider answers with its own "not found".
 */
export const NO_UNIT = '(none)';

/** A person of the registry as the authoriser sees them: whether they exist, and their current units. */
export interface PersonUnits {
  exists: boolean;
  /** A volunteer's home unit, a cadre's open positions' units; `[NO_UNIT]` when there is none. */
  units: string[];
  /**
   * A cadre's open positions' units, or when none is open those of the positions they held last;
   * for a cadre never appointed, the unit that registered them (`[NO_UNIT]` if not recorded).
   */
  lastUnits?: string[];
}

/** The units of the positions a cadre ended last (all ended on the latest end date), or their registering unit if never appointed. */
function lastHeldUnits(state: CadreState): string[] {
  if (Object.keys(state.positions).length === 0) return [state.registeringUnitId ?? NO_UNIT];
  const ended = Object.values(state.positions).filter((position) => position.endedOn !== undefined);
  const last = ended.reduce((latest, position) => ((position.endedOn ?? '') > latest ? (position.endedOn ?? '') : latest), '');
  return [...new Set(ended.filter((position) => position.endedOn === last).map((position) => position.unitId))];
}

/** Looks a volunteer or cadre up in their own stream. */
export function personUnitsFrom(store: () => MongoEventStore) {
  return async (kind: 'volunteer' | 'cadre', id: string): Promise<PersonUnits> => {
    if (kind === 'volunteer') {
      const state = await stateOf(store(), volunteerDecider, streamIdOf('volunteer', id));
      return { exists: state.registered, units: [state.registered ? state.homeUnitId : NO_UNIT] };
    }
    const state = await stateOf(store(), cadreDecider, streamIdOf('cadre', id));
    const units = openPositions(state).map((position) => position.unitId);
    return { exists: state.registered, units: units.length > 0 ? units : [NO_UNIT], lastUnits: units.length > 0 ? units : lastHeldUnits(state) };
  };
}

/** The account as its stream has it now (the initial, unopened state when there is no such stream). */
export function accountStateFrom(store: () => MongoEventStore) {
  return (accountId: string): Promise<AccountState> => stateOf(store(), accountDecider, streamIdOf('account', accountId));
}

/**
 * The units an existing aggregate belongs to now, for authorising commands that name only the
 * aggregate: a volunteer's home unit, a cadre's open positions, an account's role scopes.
 */
export function ownerUnitsFrom(store: () => MongoEventStore) {
  const personUnits = personUnitsFrom(store);
  const accountOf = accountStateFrom(store);
  return async (kind: 'volunteer' | 'cadre' | 'account', id: string): Promise<string[]> => {
    if (kind !== 'account') return (await personUnits(kind, id)).units;
    const { roles } = await accountOf(id);
    return roles.length > 0 ? roles.map((role) => role.unitId ?? NO_UNIT) : [NO_UNIT];
  };
}
