/**
 * Errors that mean the MongoDB-wire server cannot be reached right now (it is restarting, the
 * network is down), not that the request or the code is wrong: the client is told the service is
 * unavailable and may retry, instead of an INTERNAL error.
 */
const UNREACHABLE_STORE_ERRORS = new Set([
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'PoolClearedError',
  'PoolClearedOnNetworkError',
]);

/** Mongoose queues operations while disconnected and fails them with this after its buffer timeout. */
const BUFFERING_TIMED_OUT = /buffering timed out/;

/** The driver error that says the store is unreachable, found through GraphQL's and the driver's wrappers. */
export function unreachableStoreErrorOf(error: unknown): Error | undefined {
  let current: unknown = error;
  for (let hops = 0; current && hops < 6; hops += 1) {
    if (
      current instanceof Error &&
      (UNREACHABLE_STORE_ERRORS.has(current.name) || (current.name === 'MongooseError' && BUFFERING_TIMED_OUT.test(current.message)))
    )
      return current;
    current = (current as { originalError?: unknown; cause?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export const isStoreUnavailable = (error: unknown): boolean => unreachableStoreErrorOf(error) !== undefined;
