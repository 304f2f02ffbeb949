// The networks area of the network slice: networks and coalitions, with dated memberships.
import type { NetworkArea } from '../core/network-area';
import { networkMembershipProjection } from './network-membership.read-model';
import { networkProjection } from './network.read-model';
import { NetworkMembershipsResolver, NetworksResolver } from './networks.resolver';

export const networksArea: NetworkArea = {
  projections: [networkProjection, networkMembershipProjection],
  providers: [NetworksResolver, NetworkMembershipsResolver],
};
