import { accountDecider, cadreDecider, openPositions, volunteerDecider } from '@tn/registry-domain';
import type { Decider } from '@tn/shared-decider';
import { streamIdOf } from '@tn/shared-event-contracts';
import type { MongoEventStore } from '@tn/shared-event-store';

async function stateOf<C, E, S>(store: MongoEventStore, decider: Decider<C, E, S>, streamId: string): Promise<S> {
  const { events } = await store.readStream(streamId);
  return events.reduce((state, envelope) => decider.evolve(state, { type: envelope.type, data: envelope.data } as unknown as E), decider.initialState());
}

// Placeholders that no grant covers: only a system administrator gets past them, and then the
// decider answers with its own "not found".
const NO_UNIT = '(none)';

/**
 * The units an existing aggregate belongs to now, for authorising commands that name only the
 * aggregate: a volunteer's home unit, a cadre's open positions, an account's role scopes.
 */
export function ownerUnitsFrom(store: () => MongoEventStore) {
  return async (kind: 'volunteer' | 'cadre' | 'account', id: string): Promise<string[]> => {
    switch (kind) {
      case 'volunteer': {
        const state = await stateOf(store(), volunteerDecider, streamIdOf('volunteer', id));
        return [state.registered ? state.homeUnitId : NO_UNIT];
      }
      case 'cadre': {
        const units = openPositions(await stateOf(store(), cadreDecider, streamIdOf('cadre', id))).map((position) => position.unitId);
        return units.length > 0 ? units : [NO_UNIT];
      }
      case 'account': {
        const { roles } = await stateOf(store(), accountDecider, streamIdOf('account', id));
        return roles.length > 0 ? roles.map((role) => role.unitId ?? NO_UNIT) : [NO_UNIT];
      }
    }
  };
}
