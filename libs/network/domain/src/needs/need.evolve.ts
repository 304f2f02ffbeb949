import { assertNever } from '@tn/shared-decider';
import type { NeedEvent } from './need.events';
import type { NeedMatch, NeedState, RaisedNeed } from './need.types';

export const initialNeed = (): NeedState => ({ status: 'none' });

const withMatch = (need: RaisedNeed, matchId: string, change: (match: NeedMatch) => NeedMatch): RaisedNeed => ({
  ...need,
  matches: need.matches.map((match) => (match.matchId === matchId ? change(match) : match)),
});

export function evolveNeed(state: NeedState, event: NeedEvent): NeedState {
  if (event.type === 'NeedRaised') {
    const { raisedBy: _by, raisedOn: _on, ...raised } = event.data;
    return { ...raised, status: 'open', ownerUnitId: raised.unitId, matches: [] };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'NeedMatchProposed': {
      const { matchId, offerer, agreementId, quantity } = event.data;
      const match: NeedMatch = {
        matchId,
        offerer: { kind: offerer.kind, id: offerer.id },
        quantity,
        status: 'proposed',
        ...(agreementId ? { agreementId } : {}),
      };
      return { ...state, matches: [...state.matches, match] };
    }
    case 'NeedMatchAccepted':
      return withMatch(state, event.data.matchId, (match) => ({ ...match, status: 'accepted' }));
    case 'NeedMatchDeclined':
      return withMatch(state, event.data.matchId, (match) => ({ ...match, status: 'declined' }));
    case 'NeedMatchReleased':
      return withMatch(state, event.data.matchId, (match) => ({ ...match, status: 'released' }));
    case 'NeedMatchFulfilled':
      return withMatch(state, event.data.matchId, (match) => ({ ...match, status: 'fulfilled', deliveredQuantity: event.data.deliveredQuantity }));
    case 'NeedFulfilled':
      return { ...state, status: 'fulfilled' };
    case 'NeedCancelled':
      return { ...state, status: 'cancelled' };
    default:
      return assertNever(event);
  }
}
