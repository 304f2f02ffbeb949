import type { Db, Document } from 'mongodb';
import { childIdsOn, UNIT_CHILDREN_COLLECTION, type UnitChildrenDoc } from '../../../libs/gateway/registry/src/units/unit-children.read-model';
import { UNITS_COLLECTION } from '../../../libs/gateway/registry/src/units/unit.read-model';
import { READS_IN_FLIGHT } from '../../../libs/gateway/core/src/bounded-reads';
import { LINEAGE_COLLECTION } from '../../../libs/gateway/training/src/lineage/lineage.read-model';
import { QUALIFICATION_KINDS_COLLECTION } from '../../../libs/gateway/training/src/qualifications/qualification-kind.read-model';
import { TRAINEES_COLLECTION, unitKindKeyOf } from '../../../libs/gateway/training/src/qualifications/trainee.read-model';

/**
 * The limit each gateway read is measured against: the same documents fetched with the plain
 * driver by the same indexed equalities, as many at once as the gateway's walks send
 * (READS_IN_FLIGHT), level after level, with only the logic that picks the next level's ids.
 * No GraphQL, no rights, no status arithmetic, no paging.
 */

/** What a raw walk sent and got. */
export interface RawTally {
  finds: number;
  docs: number;
}

const projection = { _versions: 0, _purges: 0 };

/** `read` of each value, READS_IN_FLIGHT at a time (a new one starts as soon as one ends). */
async function inFlight<T>(values: readonly string[], read: (value: string) => Promise<T>): Promise<T[]> {
  const results = new Array<T>(values.length);
  let next = 0;
  const reader = async () => {
    while (next < values.length) {
      const index = next++;
      results[index] = await read(values[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READS_IN_FLIGHT, values.length) }, reader));
  return results;
}

/**
 * Everyone downstream of a trainer, level by level: one `{ trainerIds }` equality per trainer.
 * With `pageSize`, stops as the first page does: parents in batches of READS_IN_FLIGHT, until
 * more than a page was found.
 */
export async function rawDownstream(db: Db, trainerId: string, pageSize?: number): Promise<RawTally> {
  const lineage = db.collection<Document & { _id: string; trainerIds: string[] }>(LINEAGE_COLLECTION);
  const tally: RawTally = { finds: 0, docs: 0 };
  const learnersOf = async (id: string) => {
    tally.finds++;
    const docs = await lineage.find({ trainerIds: id }, { projection }).toArray();
    tally.docs += docs.length;
    return docs;
  };
  const seen = new Set([trainerId]);
  let found = 0;
  let frontier = [trainerId];
  while (frontier.length > 0) {
    const level: (Document & { _id: string; trainerIds: string[] })[] = [];
    const take = (lists: (Document & { _id: string; trainerIds: string[] })[][]) => {
      for (const doc of lists.flat()) if (!seen.has(doc._id)) level.push(doc);
    };
    if (pageSize === undefined) take(await inFlight(frontier, learnersOf));
    else {
      for (let start = 0; start < frontier.length; start += READS_IN_FLIGHT) {
        take(await inFlight(frontier.slice(start, start + READS_IN_FLIGHT), learnersOf));
        if (found + level.length > pageSize) return tally;
      }
    }
    found += level.length;
    for (const doc of level) seen.add(doc._id);
    frontier = level.filter((doc) => doc.trainerIds.includes(doc._id)).map((doc) => doc._id);
  }
  return tally;
}

/**
 * A unit's holders of a kind: the kind, the subtree level by level (each unit's document and its
 * children list, by `_id`), then one `{ unitKinds }` equality per unit of the subtree.
 */
export async function rawUnitHolders(db: Db, unitId: string, kindId: string, date: string): Promise<RawTally> {
  const tally: RawTally = { finds: 0, docs: 0 };
  const byId = async (collection: string, id: string) => {
    tally.finds++;
    const doc = await db.collection<Document & { _id: string }>(collection).findOne({ _id: id }, { projection });
    if (doc) tally.docs++;
    return doc;
  };
  await byId(QUALIFICATION_KINDS_COLLECTION, kindId);
  const subtree = [unitId];
  for (let level = [unitId]; level.length > 0;) {
    const [, lists] = await Promise.all([inFlight(level, (id) => byId(UNITS_COLLECTION, id)), inFlight(level, (id) => byId(UNIT_CHILDREN_COLLECTION, id))]);
    level = lists.flatMap((doc) => childIdsOn((doc as (UnitChildrenDoc & Document) | null) ?? undefined, date));
    subtree.push(...level);
  }
  const trainees = db.collection(TRAINEES_COLLECTION);
  await inFlight(subtree, async (id) => {
    tally.finds++;
    const docs = await trainees.find({ unitKinds: unitKindKeyOf(id, kindId) }, { projection }).toArray();
    tally.docs += docs.length;
  });
  return tally;
}
