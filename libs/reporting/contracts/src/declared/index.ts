// The declared values area: figures a unit states for a period (K2's activities held).
export * from './declared-error-codes';
export * from './declared-value-keys';
export * from './declared-value.messages';
