import DataLoader from 'dataloader';
import type { Connection } from 'mongoose';
import { ROOT_PARENT, type UnitDoc, UNITS_COLLECTION, versionOn } from './unit.read-model';

type StoredUnit = UnitDoc & { _id: string; _deleted?: boolean };
const projection = { _versions: 0 };

/**
 * Reads of the unit read model for one request: units by id are batched and cached
 * (DataLoader), so a tree or a lineage costs one query per level, not one per unit.
 */
export class UnitDirectory {
  private readonly byId: DataLoader<string, UnitDoc | undefined>;

  constructor(private readonly connection: Connection) {
    this.byId = new DataLoader(async (ids) => {
      const docs = await this.collection.find({ _id: { $in: [...ids] } }, { projection }).toArray();
      const found = new Map(docs.filter((d) => !d._deleted).map((d) => [d._id, d]));
      return ids.map((id) => found.get(id));
    });
  }

  private get collection() {
    return this.connection.collection<StoredUnit>(UNITS_COLLECTION);
  }

  get(unitId: string): Promise<UnitDoc | undefined> {
    return this.byId.load(unitId);
  }

  /** Units active on `date` whose parent then was `parentId` (roots when null). */
  async childrenOf(parentId: string | null, date: string): Promise<UnitDoc[]> {
    const docs = await this.collection.find({ parentKeys: parentId ?? ROOT_PARENT }, { projection }).toArray();
    return docs.filter((doc) => {
      const version = versionOn(doc, date);
      return !doc._deleted && version?.status === 'active' && version.parentId === parentId;
    });
  }

  /** Units whose current or former names match the folded pattern, at most `limit`. */
  async search(pattern: string, limit: number): Promise<UnitDoc[]> {
    return this.collection.find({ searchText: { $regex: pattern } }, { projection }).limit(limit).toArray();
  }

  /** The unit and its ancestors on `date`, nearest first. */
  async lineage(unitId: string, date: string): Promise<string[]> {
    const lineage: string[] = [];
    for (let current: string | null = unitId; current !== null && !lineage.includes(current); ) {
      const doc = await this.get(current);
      if (!doc) break;
      lineage.push(current);
      current = versionOn(doc, date)?.parentId ?? null;
    }
    return lineage;
  }

  /**
   * The unit and every unit merged or split into it by `date`, transitively: their cadres
   * and volunteers belong to it from then on.
   */
  async withPredecessors(unitId: string, date: string): Promise<string[]> {
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
