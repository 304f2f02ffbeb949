import { randomBytes } from 'node:crypto';
import type { Collection, Connection } from 'mongoose';
import { SubjectErasedError } from '../errors';
import { unwrapKey, wrapKey } from './field-cipher';

interface SubjectKeyDocument {
  _id: string;
  /** The data key wrapped with the key-encryption key; null once erased. */
  wrappedKey: string | null;
  createdAt: Date;
  erasedAt: Date | null;
}

export type SubjectKey = Buffer | 'erased';

/**
 * One AES-256 data key per data subject (a volunteer, a cadre). Erasing a subject destroys the
 * key, which makes every value encrypted with it unreadable everywhere it was copied (events,
 * Kafka messages, backups): crypto-shredding. Keys are cached in memory for `cacheMs`; another
 * instance's erasure is therefore seen within that time.
 */
export class SubjectKeyStore {
  private readonly collection: Collection<SubjectKeyDocument>;
  private readonly cache = new Map<string, { key: SubjectKey; until: number }>();

  constructor(
    connection: Connection,
    private readonly keyEncryptionKey: Buffer,
    private readonly cacheMs = 60_000,
  ) {
    if (keyEncryptionKey.length !== 32) throw new Error('the key-encryption key must be 32 bytes (AES-256)');
    this.collection = connection.collection<SubjectKeyDocument>('subject_keys');
  }

  /** The subject's key, created on first use. Throws SubjectErasedError for an erased subject. */
  async keyForWriting(subjectId: string): Promise<Buffer> {
    const existing = await this.keyForReading(subjectId);
    if (existing === 'erased') throw new SubjectErasedError(subjectId);
    if (existing) return existing;
    const dataKey = randomBytes(32);
    const result = await this.collection.findOneAndUpdate(
      { _id: subjectId },
      { $setOnInsert: { wrappedKey: wrapKey(this.keyEncryptionKey, dataKey, subjectId), createdAt: new Date(), erasedAt: null } },
      { upsert: true, returnDocument: 'after' },
    );
    // Another writer may have created the key first: use whichever is stored.
    const key = this.fromDocument(subjectId, result);
    if (key === 'erased' || key === undefined) throw new SubjectErasedError(subjectId);
    return key;
  }

  /** The subject's key, 'erased' when destroyed, undefined when the subject has none. */
  async keyForReading(subjectId: string): Promise<SubjectKey | undefined> {
    const cached = this.cache.get(subjectId);
    if (cached && cached.until > Date.now()) return cached.key;
    const document = await this.collection.findOne({ _id: subjectId });
    return this.fromDocument(subjectId, document);
  }

  /** Destroy the subject's key (idempotent). */
  async erase(subjectId: string): Promise<void> {
    await this.collection.updateOne(
      { _id: subjectId },
      { $set: { wrappedKey: null, erasedAt: new Date() }, $setOnInsert: { createdAt: new Date() } },
      { upsert: true },
    );
    this.cache.set(subjectId, { key: 'erased', until: Number.MAX_SAFE_INTEGER });
  }

  private fromDocument(subjectId: string, document: SubjectKeyDocument | null): SubjectKey | undefined {
    if (!document) return undefined;
    const key: SubjectKey = document.wrappedKey === null ? 'erased' : unwrapKey(this.keyEncryptionKey, document.wrappedKey, subjectId);
    this.cache.set(subjectId, { key, until: Date.now() + this.cacheMs });
    return key;
  }
}
