export { GatewayNetworkModule } from './gateway-network.module';
export { NETWORK_MESSAGES } from './network.messages';
