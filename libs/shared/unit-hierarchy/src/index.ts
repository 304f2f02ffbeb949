// The organisation hierarchy as every context reads it: the registry decides it (its hierarchy
// decider), and folds it, like the services that keep a local copy, with these pure functions
// (ADR 0008). Only the read side lives here; commands, rules and decisions stay in the registry.
export type * from './hierarchy.events';
export { HIERARCHY_CONTEXT, HIERARCHY_EVENT_TYPES, HIERARCHY_STREAM_ID, isHierarchyEvent } from './hierarchy.events';
export { evolveHierarchy, evolveHierarchyAll, initialHierarchy } from './hierarchy.evolve';
export { ancestorsAsOf, changeDatesFrom, childrenAsOf, isActiveOn, lastChangeOf, versionAsOf } from './hierarchy.queries';
export * from './hierarchy.types';
export { existsOn, lineageOf } from './lineage';
export { vietnamDateOf } from './vietnam-date';
