import { assertNever } from '@tn/shared-decider';
import type { PartnerEvent } from './partner.events';
import type { PartnerState } from './partner.types';

export const initialPartner = (): PartnerState => ({ status: 'none' });

export function evolvePartner(state: PartnerState, event: PartnerEvent): PartnerState {
  if (event.type === 'PartnerRegistered') {
    const { partnerId, name, kind, countryCode, website, ownerUnitId } = event.data;
    return { status: 'registered', partnerId, name, kind, countryCode, ...(website === undefined ? {} : { website }), ownerUnitId, accountIds: [] };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'PartnerRevised': {
      const { name, kind, countryCode, website } = event.data;
      const { website: _previous, ...rest } = state;
      return { ...rest, name, kind, countryCode, ...(website === undefined ? {} : { website }) };
    }
    case 'PartnerAccountLinked':
      return { ...state, accountIds: [...state.accountIds.filter((id) => id !== event.data.accountId), event.data.accountId] };
    case 'PartnerAccountUnlinked':
      return { ...state, accountIds: state.accountIds.filter((id) => id !== event.data.accountId) };
    default:
      return assertNever(event);
  }
}
