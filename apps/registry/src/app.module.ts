import { type DynamicModule, Module } from '@nestjs/common';
import { connectCommandTransport } from '@tn/shared-event-sourcing-nest';
import { type ServiceDefinition, ServiceKitModule } from '@tn/shared-service-kit';
import { REGISTRY_CONTEXT, registryRequestsTopicOf } from '@tn/registry-contracts';
import { RegistrySettings, RegistryWriteModule } from '@tn/registry-write';
import { loadRegistryConfig, type RegistryConfig } from './config';

/** Topics and consumer groups carry the deployment's prefix. */
const contextOf = (config: RegistryConfig) => `${config.KAFKA_TOPIC_PREFIX}${REGISTRY_CONTEXT}`;

/** The registry service owns organisation units and their effective-dated hierarchy, cadres, volunteers, accounts and roles. */
@Module({})
export class RegistryAppModule {
  static register(config: RegistryConfig): DynamicModule {
    return {
      module: RegistryAppModule,
      imports: [
        ServiceKitModule.forRoot({ service: 'registry', config }),
        RegistryWriteModule.forRoot({
          context: contextOf(config),
          keyEncryptionKey: Buffer.from(config.DATA_KEY_ENCRYPTION_KEY, 'base64'),
          settings: new RegistrySettings(Buffer.from(config.AUTH_TOKEN_SECRET, 'base64'), config.ACCESS_TOKEN_TTL_SECONDS, config.REFRESH_TOKEN_TTL_DAYS),
        }),
      ],
    };
  }
}

export const registryService: ServiceDefinition<RegistryConfig> = {
  service: 'registry',
  loadConfig: loadRegistryConfig,
  rootModule: (config) => RegistryAppModule.register(config),
  beforeListen: (app, config) =>
    connectCommandTransport(app, { context: contextOf(config), brokers: config.KAFKA_BROKERS, requestTopics: [registryRequestsTopicOf(contextOf(config))] }),
};
