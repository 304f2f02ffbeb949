export { hierarchyRoutes } from './hierarchy-routes';
export { accountRoutes, cadreRoutes, MIN_PASSWORD_LENGTH, peopleRoutes, type RegistryLookups, volunteerRoutes } from './people-routes';
export { RegistrySettings } from './service/registry-settings';
export { RegistryWriteModule } from './service/registry-write.module';
