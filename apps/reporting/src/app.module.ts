import { type DynamicModule, Module } from '@nestjs/common';
import { connectCommandTransport } from '@tn/shared-event-sourcing-nest';
import { type ServiceDefinition, ServiceKitModule } from '@tn/shared-service-kit';
import { REPORTING_CONTEXT } from '@tn/reporting-contracts';
import { ReportingWriteModule } from '@tn/reporting-write';
import { type ReportingConfig, loadReportingConfig } from './config';

/** Topics and consumer groups carry the deployment's prefix. */
const contextOf = (config: ReportingConfig) => `${config.KAFKA_TOPIC_PREFIX}${REPORTING_CONTEXT}`;

/** The reporting service owns plan indicators (K1–K5 are constants of its contracts) and the figures units declare; later, plans, periodic reports and commendations. */
@Module({})
export class ReportingAppModule {
  static register(config: ReportingConfig): DynamicModule {
    return {
      module: ReportingAppModule,
      imports: [
        ServiceKitModule.forRoot({ service: 'reporting', config }),
        ReportingWriteModule.forRoot({
          context: contextOf(config),
          keyEncryptionKey: Buffer.from(config.DATA_KEY_ENCRYPTION_KEY, 'base64'),
          authTokenSecret: Buffer.from(config.AUTH_TOKEN_SECRET, 'base64'),
          topicPrefix: config.KAFKA_TOPIC_PREFIX,
        }),
      ],
    };
  }
}

export const reportingService: ServiceDefinition<ReportingConfig> = {
  service: 'reporting',
  loadConfig: loadReportingConfig,
  rootModule: (config) => ReportingAppModule.register(config),
  beforeListen: (app, config) => connectCommandTransport(app, { context: contextOf(config), brokers: config.KAFKA_BROKERS }),
};
