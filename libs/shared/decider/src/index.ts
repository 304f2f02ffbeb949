export { assertNever, type Decider, evolveAll, fold } from './decider';
export { concurrencyError, DomainError, forbiddenError, illegalStateError, notFoundError, validationError } from './domain-error';
export { checkDecisionsWith, given } from './given-when-then';
