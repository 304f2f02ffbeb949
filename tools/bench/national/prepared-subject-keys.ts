import { randomBytes } from 'node:crypto';
import type { Connection } from 'mongoose';
import { SubjectKeyStore } from '@tn/shared-event-store';
import { wrapKey } from '../../../libs/shared/event-store/src/personal-data/field-cipher';

/**
 * The registry's key store (same collection, same key-encryption key, same wrapped-key documents)
 * with one difference for seeding: the keys of a batch's new subjects are made ahead in one
 * `insertMany` instead of one look-up and one upsert per person, which would bound a million
 * registrations at a few hundred per second. The protector then finds them in memory.
 */
export class PreparedSubjectKeys extends SubjectKeyStore {
  private readonly prepared = new Map<string, Buffer>();
  private readonly documents;

  constructor(
    connection: Connection,
    private readonly kek: Buffer,
  ) {
    super(connection, kek);
    this.documents = connection.collection('subject_keys');
  }

  /** Makes and stores a key for each subject (all new: seeding starts from an empty database). */
  async prepare(subjectIds: readonly string[]): Promise<void> {
    const createdAt = new Date();
    const documents = subjectIds.map((subjectId) => {
      const key = randomBytes(32);
      this.prepared.set(subjectId, key);
      return { _id: subjectId as never, wrappedKey: wrapKey(this.kek, key, subjectId), createdAt, erasedAt: null };
    });
    if (documents.length > 0) await this.documents.insertMany(documents, { ordered: false });
  }

  /** Forget a batch's keys once its commits are written (they stay in the database). */
  forget(subjectIds: readonly string[]): void {
    for (const subjectId of subjectIds) this.prepared.delete(subjectId);
  }

  override async keyForWriting(subjectId: string): Promise<Buffer> {
    return this.prepared.get(subjectId) ?? super.keyForWriting(subjectId);
  }
}
