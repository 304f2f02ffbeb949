import { type DynamicModule, Module } from '@nestjs/common';
import { connectCommandTransport } from '@tn/shared-event-sourcing-nest';
import { type ServiceDefinition, ServiceKitModule } from '@tn/shared-service-kit';
import { NETWORK_CONTEXT } from '@tn/network-contracts';
import { NetworkWriteModule } from '@tn/network-write';
import { type NetworkConfig, loadNetworkConfig } from './config';

/** Topics and consumer groups carry the deployment's prefix. */
const contextOf = (config: NetworkConfig) => `${config.KAFKA_TOPIC_PREFIX}${NETWORK_CONTEXT}`;

/** The network service owns clubs, teams and groups, networks, partners and agreements, and needs with their matches. */
@Module({})
export class NetworkAppModule {
  static register(config: NetworkConfig): DynamicModule {
    return {
      module: NetworkAppModule,
      imports: [
        ServiceKitModule.forRoot({ service: 'network', config }),
        NetworkWriteModule.forRoot({
          context: contextOf(config),
          keyEncryptionKey: Buffer.from(config.DATA_KEY_ENCRYPTION_KEY, 'base64'),
          authTokenSecret: Buffer.from(config.AUTH_TOKEN_SECRET, 'base64'),
          topicPrefix: config.KAFKA_TOPIC_PREFIX,
        }),
      ],
    };
  }
}

export const networkService: ServiceDefinition<NetworkConfig> = {
  service: 'network',
  loadConfig: loadNetworkConfig,
  rootModule: (config) => NetworkAppModule.register(config),
  beforeListen: (app, config) => connectCommandTransport(app, { context: contextOf(config), brokers: config.KAFKA_BROKERS }),
};
