import { ERASED, type EventTypeRegistry } from '@tn/shared-event-contracts';
import { decryptValue, encryptValue, isEncryptedValue } from './field-cipher';
import type { SubjectKeyStore } from './subject-key-store';

type Data = Record<string, unknown>;

/** Encrypts the personal fields an event type declares on append, and decrypts them on read. */
export class PersonalDataProtector {
  constructor(
    private readonly registry: EventTypeRegistry,
    private readonly keys: SubjectKeyStore,
  ) {}

  /** The data subject an event is about, when its type declares personal data. */
  subjectOf(type: string, data: Data): string | undefined {
    const spec = this.registry.get(type).personalData;
    if (!spec) return undefined;
    const subject = data[spec.subjectField];
    if (typeof subject !== 'string' || subject.length === 0) {
      throw new Error(`${type}: personal data without a subject id in "${spec.subjectField}"`);
    }
    return subject;
  }

  async protect(type: string, data: Data): Promise<Data> {
    const spec = this.registry.get(type).personalData;
    const subject = this.subjectOf(type, data);
    if (!spec || !subject) return data;
    const key = await this.keys.keyForWriting(subject);
    const protectedData = { ...data };
    for (const field of spec.fields) {
      if (data[field] !== undefined && data[field] !== null) protectedData[field] = encryptValue(key, subject, data[field]);
    }
    return protectedData;
  }

  /** Decrypt personal fields; after erasure each becomes the ERASED marker. */
  async reveal(type: string, data: Data): Promise<Data> {
    const spec = this.registry.get(type).personalData;
    if (!spec) return data;
    const subject = data[spec.subjectField] as string;
    const encrypted = spec.fields.filter((field) => isEncryptedValue(data[field]));
    if (encrypted.length === 0) return data;
    const key = await this.keys.keyForReading(subject);
    const revealed = { ...data };
    for (const field of encrypted) {
      revealed[field] = key === undefined || key === 'erased' ? ERASED : decryptValue(key, subject, data[field] as never);
    }
    return revealed;
  }
}
