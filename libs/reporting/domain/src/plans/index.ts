// The plans area's decider: a unit's plans, published and adopted by the units below it.
export type * from './plan.commands';
export type * from './plan.events';
export { PLAN_STREAM_TYPE } from './plan.events';
export { planDecider } from './plan.decide';
export type * from './plan.types';
