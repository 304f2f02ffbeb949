import type { RegistryErrorCode } from '@tn/registry-contracts';
import { DomainError } from '@tn/shared-decider';

/**
 * The registry's refusals, each with a code from its one list (the contracts' REGISTRY_ERROR_CODES):
 * a code not on the list does not compile.
 */
type Details = Record<string, unknown>;

export const validationError = (code: RegistryErrorCode, field: string, message: string, details?: Details) =>
  new DomainError('validation', code, message, field, details);

export const illegalStateError = (code: RegistryErrorCode, message: string, details?: Details) =>
  new DomainError('illegal-state', code, message, undefined, details);

/** An illegal-state error that still names the payload field it concerns. */
export const illegalStateAt = (code: RegistryErrorCode, field: string, message: string, details: Details = {}) =>
  new DomainError('illegal-state', code, message, field, details);

export const notFoundError = (code: RegistryErrorCode, message: string, details?: Details) => new DomainError('not-found', code, message, undefined, details);

export const forbiddenError = (code: RegistryErrorCode, message: string, details?: Details) => new DomainError('forbidden', code, message, undefined, details);
