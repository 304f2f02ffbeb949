import type { Collection, Connection } from 'mongoose';

export const READ_MODEL_ALIASES_COLLECTION = 'read_model_aliases';

/** How long the live projector may keep using a resolved alias; a rebuild waits this out. */
export const PROJECTOR_ALIAS_CACHE_MS = 1000;

interface AliasDocument {
  _id: string;
  collection: string;
  swappedAt: Date;
}

/**
 * Which physical collection holds a read model. Readers and projectors ask by the logical name
 * (the projection's `collection`); until a rebuild swaps it, that is also the physical name.
 * A swap is one document update, so every reader moves at once (FerretDB cannot rename a
 * collection over another).
 */
export class ReadModelAliases {
  private readonly aliases: Collection<AliasDocument>;
  private readonly cache = new Map<string, { collection: string; until: number }>();

  /** `cacheMs` > 0 keeps resolved names that long (projectors resolve on every event). */
  constructor(
    private readonly connection: Connection,
    private readonly cacheMs = 0,
  ) {
    this.aliases = connection.collection<AliasDocument>(READ_MODEL_ALIASES_COLLECTION);
  }

  async resolve(name: string): Promise<string> {
    const cached = this.cache.get(name);
    if (cached && cached.until > Date.now()) return cached.collection;
    const collection = (await this.aliases.findOne({ _id: name }))?.collection ?? name;
    if (this.cacheMs > 0) this.cache.set(name, { collection, until: Date.now() + this.cacheMs });
    return collection;
  }

  /** The collection to read a read model from. */
  async collection(name: string): Promise<Collection> {
    return this.connection.collection(await this.resolve(name));
  }

  /** Point the read model at another physical collection: atomic for every reader. */
  async swap(name: string, physicalCollection: string): Promise<void> {
    await this.aliases.updateOne({ _id: name }, { $set: { collection: physicalCollection, swappedAt: new Date() } }, { upsert: true });
    this.cache.delete(name);
  }
}
