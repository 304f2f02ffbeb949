/**
 * A message the projector can never take as it is: unreadable, not revealable (decryption or
 * upcasting failed, or an unknown type a projection claims), or refused by a projection's pure
 * functions. Retrying cannot help, so it is dead-lettered and the projector carries on.
 */
export class PoisonMessageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PoisonMessageError';
  }
}

const TRANSIENT_NAMES =
  /^(Mongo(Network|NetworkTimeout|ServerSelection|TopologyClosed|NotConnected|PoolCleared|ServerClosed)Error|PoolClosedError)$/;
const TRANSIENT_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN']);
const TRANSIENT_LABELS = ['RetryableWriteError', 'ResetPool', 'TransientTransactionError'];

/**
 * Whether a failure lies in the infrastructure (the database is away) rather than the message.
 * Such failures must not dead-letter anything: the message is retried and its offset stays
 * uncommitted until it succeeds.
 */
export function isTransientFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { code, errorLabels } = error as Error & { code?: unknown; errorLabels?: unknown };
  if (TRANSIENT_NAMES.test(error.name)) return true;
  if (typeof code === 'string' && TRANSIENT_CODES.has(code)) return true;
  if (Array.isArray(errorLabels) && errorLabels.some((label) => TRANSIENT_LABELS.includes(String(label)))) return true;
  return error.cause !== undefined && isTransientFailure(error.cause);
}

/** Run a step whose failure means the message is poison, unless the failure is transient. */
export async function poisonUnlessTransient<T>(what: string, step: () => T | Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (isTransientFailure(error) || error instanceof PoisonMessageError) throw error;
    throw new PoisonMessageError(`${what}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}
