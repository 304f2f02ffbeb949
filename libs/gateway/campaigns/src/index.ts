export { GatewayCampaignsModule } from './gateway-campaigns.module';
export { CAMPAIGNS_MESSAGES } from './campaigns.messages';
