// The groups area's decider: clubs, teams and groups with their hosts over time.
export type * from './group.commands';
export type * from './group.events';
export { GROUP_STREAM_TYPE } from './group.events';
export { groupDecider } from './group.decide';
export * from './group.types';
