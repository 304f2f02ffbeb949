import { ServiceClient } from '@tn/gateway-core';

/** The gateway's side of the campaigns service (its own class: the Nest token of this client). */
export class CampaignsClient extends ServiceClient {}
