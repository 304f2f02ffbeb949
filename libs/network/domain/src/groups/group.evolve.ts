import { assertNever } from '@tn/shared-decider';
import type { GroupEvent } from './group.events';
import type { GroupState } from './group.types';

export const initialGroup = (): GroupState => ({
  status: 'none',
  groupId: '',
  ownerUnitId: '',
  leaderPersonIds: [],
  affiliations: [],
  bookings: [],
  activityIds: [],
  declarations: [],
});

export function evolveGroup(state: GroupState, event: GroupEvent): GroupState {
  switch (event.type) {
    case 'GroupRegistered': {
      const { groupId, name, kind, origin, fields, areaUnitIds, size, foundedOn, leaderPersonIds, hostUnitId, channel, registeredBy, registeredOn } =
        event.data;
      const profile = { name, kind, origin, fields, areaUnitIds, size, ...(foundedOn ? { foundedOn } : {}) };
      // Pending until GroupVerified, which a unit's registration carries in the same commit.
      return { ...state, status: 'pending-verification', groupId, ownerUnitId: hostUnitId, channel, profile, leaderPersonIds, registeredBy, registeredOn };
    }
    case 'GroupVerified':
      return { ...state, status: 'verified', ownerUnitId: event.data.hostUnitId, verifiedOn: event.data.verifiedOn };
    case 'GroupVerificationDeclined':
      return { ...state, status: 'declined', declinedOn: event.data.declinedOn };
    case 'GroupProfileRevised': {
      const { name, fields, areaUnitIds, size, leaderPersonIds } = event.data;
      if (!state.profile) return state;
      return { ...state, profile: { ...state.profile, name, fields, areaUnitIds, size }, leaderPersonIds };
    }
    case 'GroupAffiliated': {
      const { unitId, from, reason } = event.data;
      return { ...state, ownerUnitId: unitId, affiliations: [...state.affiliations, { unitId, from, reason }] };
    }
    case 'GroupAffiliationEnded': {
      const { unitId, to } = event.data;
      return {
        ...state,
        affiliations: state.affiliations.map((affiliation) =>
          affiliation.unitId === unitId && affiliation.to === undefined ? { ...affiliation, to } : affiliation,
        ),
      };
    }
    case 'GroupStatusDeclared': {
      const { status, reason, declaredOn } = event.data;
      const declarations = [...state.declarations, { status, on: declaredOn, reason }];
      return { ...state, declarations, ...(status === 'dissolved' ? { status: 'dissolved' as const } : {}) };
    }
    case 'GroupActivityRecorded': {
      const { activityId, on } = event.data;
      const lastActivityOn = state.lastActivityOn && state.lastActivityOn > on ? state.lastActivityOn : on;
      return { ...state, activityIds: [...state.activityIds, activityId], lastActivityOn };
    }
    case 'GroupDatesBooked': {
      const { matchId, needId, from, to } = event.data;
      return { ...state, bookings: [...state.bookings, { matchId, needId, from, to, released: false }] };
    }
    case 'GroupDatesReleased': {
      const { needId, matchId } = event.data;
      const bookings = state.bookings.map((booking) => (booking.needId === needId && booking.matchId === matchId ? { ...booking, released: true } : booking));
      return { ...state, bookings };
    }
    default:
      return assertNever(event);
  }
}
