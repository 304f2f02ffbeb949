import type { Connection } from 'mongoose';
import { type GatewayContext, readerOf } from '@tn/gateway-core';
import { type GroupDoc, GROUPS_COLLECTION } from './group.read-model';
import { eachDistinct } from './unit-subtree';

type Stored<T> = T & { _id: string; _deleted?: boolean };
/** The projector's bookkeeping, never read by a resolver. */
const projection = { _versions: 0, _purges: 0 };

/** Reads of the group read model: one group by `_id`, or a unit's by one indexed equality each (ADR 0017). */
export class GroupReads {
  constructor(private readonly connection: Connection) {}

  async group(groupId: string): Promise<GroupDoc | undefined> {
    const doc = await this.connection.collection<Stored<GroupDoc>>(GROUPS_COLLECTION).findOne({ _id: groupId } as never, { projection });
    return doc && !doc._deleted ? (doc as GroupDoc) : undefined;
  }

  /** The groups each of the units hosted or was proposed for at any time (one equality per unit; a group may come twice). */
  async everHostedBy(unitIds: Iterable<string>): Promise<GroupDoc[]> {
    const lists = await eachDistinct([...unitIds], async (unitId) => {
      const docs = await this.connection
        .collection<Stored<GroupDoc>>(GROUPS_COLLECTION)
        .find({ hostUnitIds: unitId } as never, { projection })
        .toArray();
      return docs.filter((doc) => !doc._deleted) as GroupDoc[];
    });
    return lists.flat();
  }
}

/** The request's GroupReads (one per request, over the core's read-model connection). */
export const groupsOf = (context: GatewayContext): GroupReads => readerOf(context, 'network:groups', (readModels) => new GroupReads(readModels.connection));
