import { CAMPAIGNS_MESSAGES } from '@tn/gateway-campaigns';
import { ErrorCatalog, GATEWAY_MESSAGES } from '@tn/gateway-graphql-kit';
import { REGISTRY_MESSAGES } from '@tn/gateway-registry';
import { REPORTING_MESSAGES } from '@tn/gateway-reporting';
import { NETWORK_MESSAGES } from '@tn/gateway-network';
import { TRAINING_MESSAGES } from '@tn/gateway-training';

/** Every code's messages: the gateway's and each context slice's (a code said twice must read the same). */
export const ERROR_CATALOG = new ErrorCatalog(GATEWAY_MESSAGES, REGISTRY_MESSAGES, CAMPAIGNS_MESSAGES, TRAINING_MESSAGES, NETWORK_MESSAGES, REPORTING_MESSAGES);
