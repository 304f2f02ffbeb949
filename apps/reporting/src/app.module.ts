import { type DynamicModule, Module } from '@nestjs/common';
import { type ServiceDefinition, ServiceKitModule } from '@tn/shared-service-kit';
import { type ReportingConfig, loadReportingConfig } from './config';

/** The reporting service owns plans, indicators K1-K5, periodic reports and commendations. */
@Module({})
export class ReportingAppModule {
  static register(config: ReportingConfig): DynamicModule {
    return {
      module: ReportingAppModule,
      imports: [ServiceKitModule.forRoot({ service: 'reporting', config })],
    };
  }
}

export const reportingService: ServiceDefinition<ReportingConfig> = {
  service: 'reporting',
  loadConfig: loadReportingConfig,
  rootModule: (config) => ReportingAppModule.register(config),
};
