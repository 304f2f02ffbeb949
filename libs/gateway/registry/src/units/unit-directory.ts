import DataLoader from 'dataloader';
import type { Connection } from 'mongoose';
import { searchTokenOf } from '@tn/gateway-graphql-kit';
import { childIdsOn, UNIT_CHILDREN_COLLECTION, type UnitChildrenDoc } from './unit-children.read-model';
import { UNIT_SEARCH_COLLECTION, type UnitSearchDoc } from './unit-search.read-model';
import { ROOT_PARENT, type UnitDoc, UNITS_COLLECTION, versionOn } from './unit.read-model';

type StoredUnit = UnitDoc & { _id: string; _deleted?: boolean };
const projection = { _versions: 0, _purges: 0 };
/** Up to this many children are read one by one by `_id`; more in one query on `parentKeys`. */
const LOOKUPS_PER_LEVEL = 30;

/**
 * Reads of the unit read model for one request, cached per request (DataLoader). Reads are
 * lookups by `_id` where few: FerretDB on SQLite turns `$in` into a table scan (200 ms for
 * 2,000 units) and even an `_id` lookup reads the table up to the document (docs/benchmarks.md).
 */
export class UnitDirectory {
  private readonly byId: DataLoader<string, UnitDoc | undefined>;

  constructor(private readonly connection: Connection) {
    this.byId = new DataLoader(async (ids) =>
      Promise.all(
        ids.map(async (id) => {
          const doc = await this.collection.findOne({ _id: id }, { projection });
          return doc && !doc._deleted ? doc : undefined;
        }),
      ),
    );
  }

  private get collection() {
    return this.connection.collection<StoredUnit>(UNITS_COLLECTION);
  }

  get(unitId: string): Promise<UnitDoc | undefined> {
    return this.byId.load(unitId);
  }

  /** Units active on `date` whose parent then was `parentId` (roots when null). */
  async childrenOf(parentId: string | null, date: string): Promise<UnitDoc[]> {
    const index = await this.connection
      .collection<UnitChildrenDoc & { _id: string }>(UNIT_CHILDREN_COLLECTION)
      .findOne({ _id: parentId ?? ROOT_PARENT }, { projection });
    const ids = childIdsOn(index ?? undefined, date);
    // FerretDB on SQLite reads the table for each lookup, even by `_id`: past a few dozen
    // children one filtered query is cheaper (on MongoDB both are index reads).
    const docs =
      ids.length <= LOOKUPS_PER_LEVEL
        ? await Promise.all(ids.map((id) => this.get(id)))
        : (await this.collection.find({ parentKeys: parentId ?? ROOT_PARENT }, { projection }).toArray()).filter(
            (doc) => !doc._deleted && ids.includes(doc._id),
          );
    return docs.filter((doc): doc is UnitDoc => {
      const version = doc && versionOn(doc, date);
      return version?.status === 'active' && version.parentId === parentId;
    });
  }

  /**
   * Units whose current or former names match the folded pattern, at most `limit`. The equality
   * on the pattern's token is what the index serves (a pattern alone would be tried on every
   * unit); the pattern then decides among the units holding it, as it would among all.
   */
  async search(pattern: string, limit: number): Promise<UnitDoc[]> {
    return this.connection
      .collection<UnitSearchDoc & { _id: string }>(UNIT_SEARCH_COLLECTION)
      .find({ searchTokens: searchTokenOf(pattern), searchText: { $regex: pattern } }, { projection: { ...projection, searchText: 0, searchTokens: 0 } })
      .limit(limit)
      .toArray();
  }

  /**
   * The unit and its ancestors on `date`, nearest first. A unit merged or split away by then
   * answers through its successors (their people were handed over to them), so rights follow
   * the unit's present place, not the parents it had before; with several successors (a split),
   * the lineage is the union of theirs.
   */
  async lineage(unitId: string, date: string, seen: string[] = []): Promise<string[]> {
    const doc = await this.get(unitId);
    const version = doc && versionOn(doc, date);
    if (version && version.status !== 'active' && version.successorIds?.length && !seen.includes(unitId)) {
      const lineages = await Promise.all(version.successorIds.map((id) => this.lineage(id, date, [...seen, unitId])));
      return [unitId, ...new Set(lineages.flat())];
    }
    const lineage: string[] = [];
    for (let current: string | null = unitId; current !== null && !lineage.includes(current);) {
      const node = await this.get(current);
      if (!node) break;
      lineage.push(current);
      current = versionOn(node, date)?.parentId ?? null;
    }
    return lineage;
  }

  /**
   * The unit and every unit merged or split into it by `date`, transitively: their cadres
   * and volunteers belong to it from then on. None when the unit itself was merged or split
   * away by then: its people are listed under its successors instead.
   */
  async withPredecessors(unitId: string, date: string): Promise<string[]> {
    const own = await this.get(unitId);
    const version = own && versionOn(own, date);
    if (version && version.status !== 'active' && version.successorIds?.length) return [];
    const all = [unitId];
    for (let i = 0; i < all.length; i++) {
      const doc = await this.get(all[i]!);
      for (const predecessor of doc?.predecessors ?? []) {
        if (predecessor.from <= date && !all.includes(predecessor.unitId)) all.push(predecessor.unitId);
      }
    }
    return all;
  }
}
