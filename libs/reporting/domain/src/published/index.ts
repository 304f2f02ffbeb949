// The published values area's decider: a unit's indicator values for a period, in revisions that supersede one another.
export type * from './published-values.commands';
export type * from './published-values.events';
export { PUBLISHED_VALUES_STREAM_TYPE } from './published-values.events';
export { publishedValuesDecider } from './published-values.decide';
export type * from './published-values.types';
