import { type DynamicModule, Module } from '@nestjs/common';
import { gatewaySlice } from '@tn/gateway-core';
import { NETWORK_CONTEXT } from '@tn/network-contracts';
import { NetworkClient } from './core/network-client';
import { NETWORK_AREAS } from './network-areas';

export interface GatewayNetworkOptions {
  /** Consumer group of the network read models (one per gateway deployment; a new one replays every event). */
  groupId?: string;
}

/**
 * The network service's part of the API: groups, networks, partners and agreements, needs and
 * their matches, area by area (network-areas.ts). Rights and the hierarchy come from the
 * registry slice; consistency tokens are honoured by the core's interceptor. Needs GatewayCoreModule.
 */
@Module({})
export class GatewayNetworkModule {
  static forRoot(options: GatewayNetworkOptions = {}): DynamicModule {
    return gatewaySlice({
      module: GatewayNetworkModule,
      context: NETWORK_CONTEXT,
      client: NetworkClient,
      groupId: options.groupId ?? 'gateway-network',
      projections: () => NETWORK_AREAS.flatMap((area) => area.projections),
      providers: NETWORK_AREAS.flatMap((area) => area.providers),
    });
  }
}
