// The needs area's decider: needs and their matches, with the quantity arithmetic of the contracts.
export type * from './need.commands';
export type * from './need.events';
export { NEED_STREAM_TYPE } from './need.events';
export { needDecider } from './need.decide';
export type * from './need.types';
