import * as decider from '@tn/shared-decider';
import type { NetworkErrorCode } from '@tn/network-contracts';

/**
 * The shared decider's errors, typed by this context's codes: a code missing from
 * TRAINING_ERROR_CODES (which the clients are told about) fails to compile.
 */
type Details = Record<string, unknown>;

export const validationError = (code: NetworkErrorCode, field: string, message: string, details?: Details) =>
  decider.validationError(code, field, message, details);
export const illegalStateError = (code: NetworkErrorCode, message: string, details?: Details) => decider.illegalStateError(code, message, details);
export const notFoundError = (code: NetworkErrorCode, message: string, details?: Details) => decider.notFoundError(code, message, details);

/** An illegal-state error that still names the payload field it concerns. */
export const illegalStateAt = (code: NetworkErrorCode, field: string, message: string, details: Details = {}) =>
  new decider.DomainError('illegal-state', code, message, field, details);
