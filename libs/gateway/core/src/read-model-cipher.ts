import { hkdfSync } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { decryptValue, encryptValue, SubjectErasedError, SubjectKeyStore } from '@tn/shared-event-store';
import { MongoConnection } from '@tn/shared-service-kit';
import { AuthSecret } from './auth-secret';

/** How a personal value is stored in the gateway's read models: sealed with its subject's gateway key. */
const PREFIX = 'gw-pd:';

/**
 * Crypto-shredding for the gateway's read models (ADR 0011). Personal values are stored only
 * encrypted with a key of their own subject, held in the gateway's `subject_keys`; erasure
 * destroys the key. Purging the fields alone would not do: the storage engine keeps old page
 * images (SQLite's write-ahead file, free pages) where plaintext would survive. One for the
 * gateway, provided by its core: every slice's read models seal and open through it.
 */
@Injectable()
export class ReadModelCipher {
  private readonly keys: SubjectKeyStore;

  constructor(mongo: MongoConnection, secret: AuthSecret) {
    const keyEncryptionKey = Buffer.from(hkdfSync('sha256', secret.key, Buffer.alloc(0), 'tn-gateway-read-model-keys-v1', 32));
    this.keys = new SubjectKeyStore(mongo.connection, keyEncryptionKey);
  }

  /** The value sealed for storage; undefined once the subject is erased (nothing is stored then). */
  async seal(subjectId: string, value: unknown): Promise<string | undefined> {
    try {
      return `${PREFIX}${encryptValue(await this.keys.keyForWriting(subjectId), subjectId, value).__pd}`;
    } catch (error) {
      if (error instanceof SubjectErasedError) return undefined;
      throw error;
    }
  }

  /** A stored value opened; undefined when absent or its subject was erased. */
  async open(subjectId: string, stored: unknown): Promise<string | undefined> {
    if (typeof stored !== 'string' || !stored.startsWith(PREFIX)) return undefined;
    const key = await this.keys.keyForReading(subjectId);
    if (key === undefined || key === 'erased') return undefined;
    const value = decryptValue(key, subjectId, { __pd: stored.slice(PREFIX.length) });
    return typeof value === 'string' ? value : undefined;
  }

  /** Destroy the subject's gateway key (idempotent): every stored copy becomes unreadable. */
  erase(subjectId: string): Promise<void> {
    return this.keys.erase(subjectId);
  }
}
