// The indicators area's decider: plan indicators, versioned.
export type * from './indicator.commands';
export type * from './indicator.events';
export { INDICATOR_STREAM_TYPE } from './indicator.events';
export { indicatorDecider } from './indicator.decide';
export type * from './indicator.types';
