import { type DynamicModule, Module } from '@nestjs/common';
import { type ServiceDefinition, ServiceKitModule } from '@tn/shared-service-kit';
import { type CampaignsConfig, loadCampaignsConfig } from './config';

/** The campaigns service owns campaigns and activities, sign-ups, shifts, attendance, outputs and volunteer certificates. */
@Module({})
export class CampaignsAppModule {
  static register(config: CampaignsConfig): DynamicModule {
    return {
      module: CampaignsAppModule,
      imports: [ServiceKitModule.forRoot({ service: 'campaigns', config })],
    };
  }
}

export const campaignsService: ServiceDefinition<CampaignsConfig> = {
  service: 'campaigns',
  loadConfig: loadCampaignsConfig,
  rootModule: (config) => CampaignsAppModule.register(config),
};
