import { ServiceClient } from '@tn/gateway-registry';

/** The gateway's side of the campaigns service (its own class: the Nest token of this client). */
export class CampaignsClient extends ServiceClient {}
