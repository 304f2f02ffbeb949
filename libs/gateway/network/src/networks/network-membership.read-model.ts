import { networkMemberKeyOf, networkMembershipEventTypes, type NetworkMemberKind, type NetworkMembershipEndCause } from '@tn/network-contracts';
import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import { type EnvelopeOf, type EventsOf, eventTypesNamed } from '@tn/shared-event-contracts';

export const NETWORK_MEMBERSHIPS_COLLECTION = 'gw_network_memberships';

/** One membership of the member: its dates, who recorded them, and why it ended. */
export interface NetworkMembershipPeriodDoc {
  from: string;
  /** Its last day, once ended. */
  to?: string;
  admittedBy: string;
  admittedOn: string;
  endedBy?: string;
  endedOn?: string;
  endCause?: NetworkMembershipEndCause;
  endReason?: string;
}

/** Every membership of one member in one network, in order (a member that left and rejoined has several). */
export interface NetworkMembershipDoc {
  networkId: string;
  memberKind: NetworkMemberKind;
  memberId: string;
  /** `<kind>:<id>`: one indexed equality finds a member's networks whatever its kind. */
  memberKey: string;
  /** Whether a membership is open now (the last one has no end). */
  current: boolean;
  periods: NetworkMembershipPeriodDoc[];
}

/** The document of a member in a network: ids never hold `/`, so the key is unambiguous. */
export const networkMembershipDocId = (networkId: string, memberKind: string, memberId: string): string =>
  `${networkId}/${networkMemberKeyOf(memberKind, memberId)}`;

const membershipEventTypes = eventTypesNamed(networkMembershipEventTypes, 'NetworkMemberAdmitted', 'NetworkMembershipEnded');
type MembershipEnvelope = EnvelopeOf<EventsOf<typeof membershipEventTypes>>;

/** Pure: the member's document after an admission or an end of its membership. */
export function evolveNetworkMembership(doc: NetworkMembershipDoc | null, event: MembershipEnvelope): NetworkMembershipDoc {
  const { networkId, memberKind, memberId } = event.data;
  const held = doc ?? { networkId, memberKind, memberId, memberKey: networkMemberKeyOf(memberKind, memberId), current: false, periods: [] };
  switch (event.type) {
    case 'NetworkMemberAdmitted': {
      const { from, admittedBy, admittedOn } = event.data;
      // A repeat of an admission it holds changes nothing.
      if (held.periods.some((period) => period.from === from)) return held;
      return { ...held, current: true, periods: [...held.periods, { from, admittedBy, admittedOn }] };
    }
    case 'NetworkMembershipEnded': {
      const { from, to, cause, reason, endedBy, endedOn } = event.data;
      const periods = held.periods.map((period) =>
        period.from === from && period.to === undefined ? { ...period, to, endedBy, endedOn, endCause: cause, endReason: reason } : period,
      );
      return { ...held, current: periods.some((period) => period.to === undefined), periods };
    }
    default:
      return assertNever(event);
  }
}

/**
 * One document per member per network. Each sees only its member's events of the network's
 * stream, so it applies any newer version (not contiguous).
 */
export const networkMembershipProjection = projectionOver(membershipEventTypes, {
  name: 'gateway-network-memberships',
  collection: NETWORK_MEMBERSHIPS_COLLECTION,
  contiguous: false,
  documentId: (event) => networkMembershipDocId(event.data.networkId, event.data.memberKind, event.data.memberId),
  evolve: evolveNetworkMembership,
  // NetworkReads.membershipsOf ({ networkId }) and NetworkReads.membershipsOfMember ({ memberKey }).
  indexes: [{ networkId: 1 }, { memberKey: 1 }],
});
