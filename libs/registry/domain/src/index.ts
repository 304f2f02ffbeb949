export type * from './hierarchy/hierarchy.commands';
export { HIERARCHY_STREAM_ID, HIERARCHY_STREAM_TYPE } from './hierarchy/hierarchy.events';
export type * from './hierarchy/hierarchy.events';
export { hierarchyDecider } from './hierarchy/hierarchy.decide';
export { evolveHierarchy, initialHierarchy } from './hierarchy/hierarchy.evolve';
export { ancestorsAsOf, childrenAsOf, isActiveOn, versionAsOf } from './hierarchy/hierarchy.queries';
export * from './hierarchy/hierarchy.types';

export type * from './cadres/cadre.commands';
export type * from './cadres/cadre.events';
export { CADRE_STREAM_TYPE, cadreStreamId } from './cadres/cadre.events';
export { cadreDecider } from './cadres/cadre.decide';
export { evolveCadre, initialCadre } from './cadres/cadre.evolve';
export * from './cadres/cadre.types';

export type * from './volunteers/volunteer.commands';
export type * from './volunteers/volunteer.events';
export { VOLUNTEER_STREAM_TYPE, volunteerStreamId } from './volunteers/volunteer.events';
export { volunteerDecider } from './volunteers/volunteer.decide';
export { evolveVolunteer, initialVolunteer } from './volunteers/volunteer.evolve';
export * from './volunteers/volunteer.types';

export type * from './accounts/account.commands';
export type * from './accounts/account.events';
export { ACCOUNT_STREAM_TYPE, accountStreamId } from './accounts/account.events';
export { accountDecider } from './accounts/account.decide';
export { evolveAccount, initialAccount } from './accounts/account.evolve';
export * from './accounts/account.types';

export { forbiddenError, illegalStateAt, illegalStateError, notFoundError, validationError } from './common/errors';
export { vietnamDateOf } from './calendar/vietnam-date';
export {
  birthDateWindow,
  businessDateWindow,
  EARLIEST_BUSINESS_DATE,
  OLDEST_AGE_YEARS,
  type ServerToday,
  YEARS_AHEAD_ALLOWED,
} from './calendar/date-window.rules';
