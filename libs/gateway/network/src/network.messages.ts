import type { NetworkErrorCode } from '@tn/network-contracts';
import type { ContextMessages } from '@tn/gateway-graphql-kit';
import { GROUP_MESSAGES } from './messages/groups.messages';
import { NEED_MESSAGES } from './messages/needs.messages';
import { NETWORK_MEMBERSHIP_MESSAGES } from './messages/networks.messages';
import { PARTNER_MESSAGES } from './messages/partners.messages';

/**
 * What the network context's codes say, in Vietnamese and English, area by area. Typed by
 * NETWORK_ERROR_CODES: a code an area adds without a message fails to compile here.
 */
export const NETWORK_MESSAGES: ContextMessages<NetworkErrorCode> = {
  ...GROUP_MESSAGES,
  ...NETWORK_MEMBERSHIP_MESSAGES,
  ...PARTNER_MESSAGES,
  ...NEED_MESSAGES,
};
