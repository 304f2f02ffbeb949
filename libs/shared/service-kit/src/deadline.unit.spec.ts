import { backoffDelay, withDeadline } from './deadline';

describe('withDeadline', () => {
  it('returns the value of a promise that settles in time', async () => {
    await expect(withDeadline(Promise.resolve(42), 100, 'answer')).resolves.toBe(42);
  });

  it('rejects naming what did not answer once the deadline passes', async () => {
    await expect(withDeadline(new Promise(() => undefined), 20, 'Kafka')).rejects.toThrow('Kafka did not answer within 20 ms');
  });

  it('passes on the promise’s own failure', async () => {
    await expect(withDeadline(Promise.reject(new Error('refused')), 100, 'x')).rejects.toThrow('refused');
  });
});

describe('backoffDelay', () => {
  it('doubles from 250 ms and is capped at 5 s', () => {
    expect([0, 1, 2, 3, 4, 5, 50].map(backoffDelay)).toEqual([250, 500, 1000, 2000, 4000, 5000, 5000]);
  });
});
