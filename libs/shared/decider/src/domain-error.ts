/** The few kinds of failure a decision can end in; transports map each kind once. */
export type DomainErrorKind = 'validation' | 'illegal-state' | 'not-found' | 'forbidden' | 'concurrency';

/**
 * A typed failure with a stable code (for example `UNIT.CYCLE`), the field at fault when
 * there is one, and details for the localised message. Messages are chosen by the edge,
 * not here, so the domain stays language-neutral.
 */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const validationError = (code: string, field: string, message: string, details?: Record<string, unknown>) =>
  new DomainError('validation', code, message, field, details);

export const illegalStateError = (code: string, message: string, details?: Record<string, unknown>) =>
  new DomainError('illegal-state', code, message, undefined, details);

export const notFoundError = (code: string, message: string, details?: Record<string, unknown>) =>
  new DomainError('not-found', code, message, undefined, details);

export const forbiddenError = (code: string, message: string, details?: Record<string, unknown>) =>
  new DomainError('forbidden', code, message, undefined, details);

export const concurrencyError = (code: string, message: string, details?: Record<string, unknown>) =>
  new DomainError('concurrency', code, message, undefined, details);
