export { hierarchyRoutes } from './hierarchy-routes';
export { accountRoutes, cadreRoutes, MIN_PASSWORD_LENGTH, peopleRoutes, type RegistryLookups, type RoutedAccountCommand, toAccountCommand, toCadreCommand, toVolunteerCommand, volunteerRoutes } from './people-routes';
export { accountIdOf } from './service/account-id';
export { RegistrySettings } from './service/registry-settings';
export { RegistryWriteModule } from './service/registry-write.module';
