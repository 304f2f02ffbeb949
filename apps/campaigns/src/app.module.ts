import { type DynamicModule, Module } from '@nestjs/common';
import { connectCommandTransport } from '@tn/shared-event-sourcing-nest';
import { type ServiceDefinition, ServiceKitModule } from '@tn/shared-service-kit';
import { CAMPAIGNS_CONTEXT, certificateSigningKeyFrom } from '@tn/campaigns-contracts';
import { CampaignsWriteModule } from '@tn/campaigns-write';
import { type CampaignsConfig, loadCampaignsConfig } from './config';

/** Topics and consumer groups carry the deployment's prefix. */
const contextOf = (config: CampaignsConfig) => `${config.KAFKA_TOPIC_PREFIX}${CAMPAIGNS_CONTEXT}`;

/** The campaigns service owns campaigns and activities, sign-ups, shifts, attendance, outputs and volunteer certificates. */
@Module({})
export class CampaignsAppModule {
  static register(config: CampaignsConfig): DynamicModule {
    return {
      module: CampaignsAppModule,
      imports: [
        ServiceKitModule.forRoot({ service: 'campaigns', config }),
        CampaignsWriteModule.forRoot({
          context: contextOf(config),
          keyEncryptionKey: Buffer.from(config.DATA_KEY_ENCRYPTION_KEY, 'base64'),
          authTokenSecret: Buffer.from(config.AUTH_TOKEN_SECRET, 'base64'),
          certificateSigningKey: certificateSigningKeyFrom(config.CERTIFICATE_SIGNING_KEY),
          topicPrefix: config.KAFKA_TOPIC_PREFIX,
        }),
      ],
    };
  }
}

export const campaignsService: ServiceDefinition<CampaignsConfig> = {
  service: 'campaigns',
  loadConfig: loadCampaignsConfig,
  rootModule: (config) => CampaignsAppModule.register(config),
  beforeListen: (app, config) => connectCommandTransport(app, { context: contextOf(config), brokers: config.KAFKA_BROKERS }),
};
