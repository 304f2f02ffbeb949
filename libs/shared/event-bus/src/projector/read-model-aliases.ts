import type { Collection, Connection } from 'mongoose';

interface AliasDocument {
  _id: string;
  collection: string;
  swappedAt: Date;
}

/**
 * Which physical collection serves a read model. A rebuild fills a shadow collection and then
 * switches this one document, an atomic swap (FerretDB cannot rename over a collection).
 * Lookups are cached for `cacheMs`.
 */
export class ReadModelAliases {
  private readonly aliases: Collection<AliasDocument>;
  private readonly cache = new Map<string, { collection: string; until: number }>();

  constructor(
    private readonly connection: Connection,
    private readonly cacheMs = 1000,
  ) {
    this.aliases = connection.collection<AliasDocument>('read_model_aliases');
  }

  async resolve(name: string, defaultCollection: string): Promise<string> {
    const cached = this.cache.get(name);
    if (cached && cached.until > Date.now()) return cached.collection;
    const alias = await this.aliases.findOne({ _id: name });
    const collection = alias?.collection ?? defaultCollection;
    this.cache.set(name, { collection, until: Date.now() + this.cacheMs });
    return collection;
  }

  async collectionOf(name: string, defaultCollection: string): Promise<Collection> {
    return this.connection.collection(await this.resolve(name, defaultCollection));
  }

  async swap(name: string, collection: string): Promise<void> {
    await this.aliases.updateOne({ _id: name }, { $set: { collection, swappedAt: new Date() } }, { upsert: true });
    this.cache.delete(name);
  }
}
