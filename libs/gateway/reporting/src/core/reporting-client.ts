import { ContractClient } from '@tn/gateway-core';

/** The gateway's side of the reporting service (its own class: the Nest token of this client). */
export class ReportingClient extends ContractClient {}
