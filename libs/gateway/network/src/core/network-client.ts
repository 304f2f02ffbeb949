import { ContractClient } from '@tn/gateway-core';

/** The gateway's side of the network service (its own class: the Nest token of this client). */
export class NetworkClient extends ContractClient {}
