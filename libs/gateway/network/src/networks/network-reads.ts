import type { Connection } from 'mongoose';
import { type GatewayContext, readerOf } from '@tn/gateway-core';
import { networkMemberKeyOf } from '@tn/network-contracts';
import { type NetworkMembershipDoc, NETWORK_MEMBERSHIPS_COLLECTION } from './network-membership.read-model';
import { type NetworkDoc, NETWORKS_COLLECTION } from './network.read-model';

type Stored<T> = T & { _id: string; _deleted?: boolean };
/** The projector's bookkeeping, never read by a resolver. */
const projection = { _versions: 0, _purges: 0 };

/**
 * Reads of the networks' read models, each one document by `_id` or one top-level equality on
 * an indexed string field (ADR 0017): a network, a unit's networks, a network's members, a
 * member's networks.
 */
export class NetworkReads {
  constructor(private readonly connection: Connection) {}

  private async one<T>(collection: string, id: string): Promise<T | undefined> {
    const doc = await this.connection.collection<Stored<T>>(collection).findOne({ _id: id } as never, { projection });
    return doc && !doc._deleted ? (doc as T) : undefined;
  }

  private async where<T>(collection: string, filter: Readonly<Record<string, string>>): Promise<T[]> {
    const docs = await this.connection
      .collection<Stored<T>>(collection)
      .find(filter as never, { projection })
      .toArray();
    return docs.filter((doc) => !doc._deleted) as T[];
  }

  network(networkId: string): Promise<NetworkDoc | undefined> {
    return this.one(NETWORKS_COLLECTION, networkId);
  }

  ownedBy(unitId: string): Promise<NetworkDoc[]> {
    return this.where(NETWORKS_COLLECTION, { ownerUnitId: unitId });
  }

  membershipsOf(networkId: string): Promise<NetworkMembershipDoc[]> {
    return this.where(NETWORK_MEMBERSHIPS_COLLECTION, { networkId });
  }

  membershipsOfMember(memberKind: string, memberId: string): Promise<NetworkMembershipDoc[]> {
    return this.where(NETWORK_MEMBERSHIPS_COLLECTION, { memberKey: networkMemberKeyOf(memberKind, memberId) });
  }
}

/** The request's NetworkReads (one per request, over the core's read-model connection). */
export const networksOf = (context: GatewayContext): NetworkReads =>
  readerOf(context, 'network:networks', (readModels) => new NetworkReads(readModels.connection));
