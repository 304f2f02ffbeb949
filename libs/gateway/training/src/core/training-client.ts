import { ContractClient } from '@tn/gateway-core';

/** The gateway's side of the training service (its own class: the Nest token of this client). */
export class TrainingClient extends ContractClient {}
