// The networks area's decider: networks and coalitions with dated memberships.
export type * from './network.commands';
export type * from './network.events';
export { NETWORK_STREAM_TYPE } from './network.events';
export { networkDecider } from './network.decide';
export * from './network.types';
