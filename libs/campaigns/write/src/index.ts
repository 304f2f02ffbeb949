export { CampaignsWriteModule } from './service/campaigns-write.module';
