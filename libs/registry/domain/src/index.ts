export type * from './hierarchy/hierarchy.commands';
export { HIERARCHY_STREAM_ID, type HierarchyEvent } from './hierarchy/hierarchy.events';
export type * from './hierarchy/hierarchy.events';
export { hierarchyDecider } from './hierarchy/hierarchy.decide';
export { evolveHierarchy, initialHierarchy } from './hierarchy/hierarchy.evolve';
export { ancestorsAsOf, childrenAsOf, isActiveOn, versionAsOf } from './hierarchy/hierarchy.queries';
export * from './hierarchy/hierarchy.types';
