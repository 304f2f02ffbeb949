// The declared values area's decider: a unit's figures for a period, each superseding the last.
export type * from './declared-value.commands';
export type * from './declared-value.events';
export { DECLARED_VALUE_STREAM_TYPE } from './declared-value.events';
export { declaredValueDecider } from './declared-value.decide';
export type * from './declared-value.types';
