// The published values area: a unit's indicator values for a period, made public in revisions (the analytics event).
export * from './published-error-codes';
export * from './published-values-keys';
export * from './published-values.messages';
export * from './published-values.public';
