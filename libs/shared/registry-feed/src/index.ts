// A service's local copy of the registry's hierarchy, ended sessions and people, for its own
// authorisation (ADR 0008): mount `RegistryFeedModule.forRoot` with the service's own names and
// hand the same `LocalHierarchy`, `EndedSessions` and `LocalPeople` to its authoriser.
export { EndedSessions } from './ended-sessions';
export { LocalHierarchy } from './local-hierarchy';
export { LocalPeople } from './local-people';
export { hierarchyEventsAfter, RegistryFeedModule } from './registry-feed.module';
export { registryHierarchyProjectionOf } from './registry-hierarchy.projection';
export { registryFeedNamesOf, type RegistryFeedNaming } from './registry-feed-names';
export { belongsWithin, type PeopleUnits, unitsOfPerson } from './person-units';
