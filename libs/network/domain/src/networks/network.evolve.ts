import { assertNever } from '@tn/shared-decider';
import type { NetworkEvent } from './network.events';
import type { NetworkState } from './network.types';

export const initialNetwork = (): NetworkState => ({ status: 'none', networkId: '', ownerUnitId: '', memberships: [] });

export function evolveNetwork(state: NetworkState, event: NetworkEvent): NetworkState {
  switch (event.type) {
    case 'NetworkFormed':
      return { status: 'active', networkId: event.data.networkId, ownerUnitId: event.data.ownerUnitId, memberships: [] };
    case 'NetworkMemberAdmitted': {
      const { memberKind, memberId, from } = event.data;
      return { ...state, memberships: [...state.memberships, { memberKind, memberId, from }] };
    }
    case 'NetworkMembershipEnded': {
      const { memberKind, memberId, from, to } = event.data;
      return {
        ...state,
        memberships: state.memberships.map((membership) =>
          membership.memberKind === memberKind && membership.memberId === memberId && membership.from === from && membership.to === undefined
            ? { ...membership, to }
            : membership,
        ),
      };
    }
    case 'NetworkDissolved':
      return { ...state, status: 'dissolved', dissolvedOn: event.data.on };
    default:
      return assertNever(event);
  }
}
