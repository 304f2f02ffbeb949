export { consistencyTokenOf, parseConsistencyToken, ProjectionCheckpoints } from './core/consistency';
export { type GatewayContext, userFromHeader } from './core/request-user';
export { type GatewayRegistryOptions, GatewayRegistryModule } from './gateway-registry.module';
export { PeopleDirectory } from './people/people-directory';
export { UNITS_COLLECTION } from './units/unit.read-model';
