/**
 * The refusals of networks and coalitions and their dated memberships. Blank ids never reach a
 * decider (the input grammar refuses them), so only meaning is coded here.
 */
export const NETWORK_MEMBERSHIP_ERROR_CODES = [
  // Acts: the server's date and the acting user, from the route and the envelope.
  'NETWORK.ACTOR_REQUIRED',
  'NETWORK.DATE_INVALID',
  // A name, purpose or reason left blank (the field says which).
  'NETWORK.TEXT_REQUIRED',
  // A date the payload states (from, to, on) later than the server's today.
  'NETWORK.DATE_AFTER_TODAY',
  'NETWORK.ALREADY_EXISTS',
  'NETWORK.NOT_FOUND',
  'NETWORK.DISSOLVED',
  'NETWORK.KIND_UNKNOWN',
  'NETWORK.REACH_UNKNOWN',
  'NETWORK.FIELD_UNKNOWN',
  'NETWORK.FIELDS_REQUIRED',
  'NETWORK.MEMBER_KIND_UNKNOWN',
  // The member named does not exist (a group not verified, a unit unknown, a partner not registered).
  'NETWORK.MEMBER_NOT_FOUND',
  'NETWORK.MEMBER_DISSOLVED',
  'NETWORK.ALREADY_MEMBER',
  'NETWORK.NOT_MEMBER',
  // A rejoining member's new membership would start on or before its last one ended.
  'NETWORK.MEMBERSHIP_OVERLAPS',
  'NETWORK.END_BEFORE_START',
] as const;
export type NetworkMembershipErrorCode = (typeof NETWORK_MEMBERSHIP_ERROR_CODES)[number];
