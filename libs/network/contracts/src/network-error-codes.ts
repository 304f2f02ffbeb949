import { GROUP_ERROR_CODES } from './groups';
import { NEED_ERROR_CODES } from './needs';
import { NETWORK_MEMBERSHIP_ERROR_CODES } from './networks';
import { PARTNER_ERROR_CODES } from './partners';

/**
 * Every error code the network context answers with (its deciders, routes and authoriser), so a
 * code the clients are not told about fails to compile. The gateway gives each its message in
 * Vietnamese and English.
 */
export const NETWORK_ERROR_CODES = [...GROUP_ERROR_CODES, ...NETWORK_MEMBERSHIP_ERROR_CODES, ...PARTNER_ERROR_CODES, ...NEED_ERROR_CODES] as const;
export type NetworkErrorCode = (typeof NETWORK_ERROR_CODES)[number];
