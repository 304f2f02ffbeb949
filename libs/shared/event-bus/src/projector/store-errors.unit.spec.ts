import { isUnretriableStoreError } from './store-errors';

const serverError = (code: number, message: string) => Object.assign(new Error(message), { name: 'MongoServerError', code });

describe('which read-model store errors are final', () => {
  it('takes a PostgreSQL data exception behind FerretDB as final, and any other internal error as retriable', () => {
    // What FerretDB 1.24 answers for a NUL character on PostgreSQL (22P05) and a number out of range (22003).
    expect(isUnretriableStoreError(serverError(1, '[msg_insert.go:168] ERROR: unsupported Unicode escape sequence (SQLSTATE 22P05)'))).toBe(true);
    expect(isUnretriableStoreError(serverError(1, 'ERROR: value out of range (SQLSTATE 22003)'))).toBe(true);
    // A connection lost, a deadlock, no SQLSTATE at all: wait and retry.
    expect(isUnretriableStoreError(serverError(1, 'FATAL: terminating connection (SQLSTATE 57P01)'))).toBe(false);
    expect(isUnretriableStoreError(serverError(1, 'ERROR: deadlock detected (SQLSTATE 40P01)'))).toBe(false);
    expect(isUnretriableStoreError(serverError(1, 'connection refused'))).toBe(false);
  });

  it('keeps the MongoDB codes and driver errors it knew', () => {
    expect(isUnretriableStoreError(serverError(2, 'invalid key'))).toBe(true);
    expect(isUnretriableStoreError(Object.assign(new Error('key must not contain NUL'), { name: 'BSONError' }))).toBe(true);
    expect(isUnretriableStoreError(serverError(11600, 'interrupted at shutdown'))).toBe(false);
  });
});
