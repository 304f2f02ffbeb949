export { type CommitDocument, DISPATCHED_COLLECTION, positionMinuteOf } from './commit-document';
export { CommandHandler } from './command-handler';
export { ConcurrencyConflictError, SubjectErasedError } from './errors';
export { MongoEventStore } from './mongo-event-store';
export { decryptValue, encryptValue, type EncryptedValue, isEncryptedValue } from './personal-data/field-cipher';
export { PersonalDataEraser } from './personal-data/personal-data-eraser';
export { PersonalDataProtector } from './personal-data/personal-data-protector';
export { SubjectKeyStore } from './personal-data/subject-key-store';
export { SnapshotStore } from './snapshot-store';
