export { RegistrySettings } from './service/registry-settings';
export { RegistryWriteModule } from './service/registry-write.module';
