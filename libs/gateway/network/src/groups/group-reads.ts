import type { Connection } from 'mongoose';
import { eachDistinct, type GatewayContext, readerOf, ReadModelReads } from '@tn/gateway-core';
import { type GroupDoc, GROUPS_COLLECTION } from './group.read-model';

/** Reads of the group read model: one group by `_id`, or a unit's by one indexed equality each (ADR 0017). */
export class GroupReads {
  private readonly reads: ReadModelReads;

  constructor(connection: Connection) {
    this.reads = new ReadModelReads(connection);
  }

  group(groupId: string): Promise<GroupDoc | undefined> {
    return this.reads.one(GROUPS_COLLECTION, groupId);
  }

  /** The groups each of the units hosted or was proposed for at any time (one equality per unit; a group may come twice). */
  async everHostedBy(unitIds: Iterable<string>): Promise<GroupDoc[]> {
    const lists = await eachDistinct([...unitIds], (unitId) => this.reads.where<GroupDoc>(GROUPS_COLLECTION, { hostUnitIds: unitId }));
    return lists.flat();
  }
}

/** The request's GroupReads (one per request, over the core's read-model connection). */
export const groupsOf = (context: GatewayContext): GroupReads => readerOf(context, 'network:groups', (readModels) => new GroupReads(readModels.connection));
