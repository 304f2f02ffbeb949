export { type GatewayCampaignsOptions, GatewayCampaignsModule } from './gateway-campaigns.module';
