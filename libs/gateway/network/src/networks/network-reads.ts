import type { Connection } from 'mongoose';
import { type GatewayContext, readerOf, ReadModelReads } from '@tn/gateway-core';
import { networkMemberKeyOf } from '@tn/network-contracts';
import { type NetworkMembershipDoc, NETWORK_MEMBERSHIPS_COLLECTION } from './network-membership.read-model';
import { type NetworkDoc, NETWORKS_COLLECTION } from './network.read-model';

/**
 * Reads of the networks' read models, each one document by `_id` or one top-level equality on
 * an indexed string field (ADR 0017): a network, a unit's networks, a network's members, a
 * member's networks.
 */
export class NetworkReads {
  private readonly reads: ReadModelReads;

  constructor(connection: Connection) {
    this.reads = new ReadModelReads(connection);
  }

  network(networkId: string): Promise<NetworkDoc | undefined> {
    return this.reads.one(NETWORKS_COLLECTION, networkId);
  }

  ownedBy(unitId: string): Promise<NetworkDoc[]> {
    return this.reads.where(NETWORKS_COLLECTION, { ownerUnitId: unitId });
  }

  membershipsOf(networkId: string): Promise<NetworkMembershipDoc[]> {
    return this.reads.where(NETWORK_MEMBERSHIPS_COLLECTION, { networkId });
  }

  membershipsOfMember(memberKind: string, memberId: string): Promise<NetworkMembershipDoc[]> {
    return this.reads.where(NETWORK_MEMBERSHIPS_COLLECTION, { memberKey: networkMemberKeyOf(memberKind, memberId) });
  }
}

/** The request's NetworkReads (one per request, over the core's read-model connection). */
export const networksOf = (context: GatewayContext): NetworkReads =>
  readerOf(context, 'network:networks', (readModels) => new NetworkReads(readModels.connection));
