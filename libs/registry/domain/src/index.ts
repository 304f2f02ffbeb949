export type * from './hierarchy/hierarchy.commands';
export { HIERARCHY_STREAM_ID, HIERARCHY_STREAM_TYPE } from './hierarchy/hierarchy.events';
export type * from './hierarchy/hierarchy.events';
export { hierarchyDecider } from './hierarchy/hierarchy.decide';
export { evolveHierarchyAll, initialHierarchy } from './hierarchy/hierarchy.evolve';
export { isActiveOn } from './hierarchy/hierarchy.queries';
export * from './hierarchy/hierarchy.types';

export type * from './cadres/cadre.commands';
export type * from './cadres/cadre.events';
export { CADRE_STREAM_TYPE } from './cadres/cadre.events';
export { cadreDecider } from './cadres/cadre.decide';
export * from './cadres/cadre.types';

export type * from './volunteers/volunteer.commands';
export type * from './volunteers/volunteer.events';
export { VOLUNTEER_STREAM_TYPE } from './volunteers/volunteer.events';
export { volunteerDecider } from './volunteers/volunteer.decide';
export * from './volunteers/volunteer.types';

export type * from './accounts/account.commands';
export type * from './accounts/account.events';
export { ACCOUNT_STREAM_TYPE } from './accounts/account.events';
export { accountDecider } from './accounts/account.decide';
export * from './accounts/account.types';

export { forbiddenError, notFoundError, validationError } from './common/errors';
export { vietnamDateOf } from './calendar/vietnam-date';
