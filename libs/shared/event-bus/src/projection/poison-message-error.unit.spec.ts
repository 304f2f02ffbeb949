import { isTransientFailure, PoisonMessageError, poisonUnlessTransient } from './poison-message-error';

const named = (name: string, extra: object = {}) => Object.assign(new Error('boom'), { name }, extra);

describe('telling poison messages from infrastructure failures', () => {
  it('treats an unreachable database as transient', () => {
    expect(isTransientFailure(named('MongoNetworkError'))).toBe(true);
    expect(isTransientFailure(named('MongoServerSelectionError'))).toBe(true);
    expect(isTransientFailure(named('Error', { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isTransientFailure(named('MongoServerError', { errorLabels: ['RetryableWriteError'] }))).toBe(true);
  });

  it('looks through a wrapped cause', () => {
    expect(isTransientFailure(new Error('key lookup failed', { cause: named('MongoNetworkTimeoutError') }))).toBe(true);
  });

  it('treats anything else as a property of the message', () => {
    expect(isTransientFailure(new TypeError('cannot read properties of undefined'))).toBe(false);
    expect(isTransientFailure(named('UnknownEventTypeError'))).toBe(false);
    expect(isTransientFailure('a string')).toBe(false);
  });

  it('wraps a failing step as poison, naming the step', async () => {
    const failing = poisonUnlessTransient('evolve of totals', () => {
      throw new Error('negative amount');
    });
    await expect(failing).rejects.toEqual(new PoisonMessageError('evolve of totals: negative amount'));
  });

  it('lets a transient failure through unchanged, to be retried', async () => {
    const down = named('MongoNetworkError');
    await expect(poisonUnlessTransient('reveal', () => Promise.reject(down))).rejects.toBe(down);
  });

  it('returns what the step returns', async () => {
    await expect(poisonUnlessTransient('documentId', () => 'doc-1')).resolves.toBe('doc-1');
  });
});
