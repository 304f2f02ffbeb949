/**
 * The refusals of the partners area: partners (organisations and their GraphQL accounts) and
 * their cooperation agreements. Blank ids never reach a decider (the input grammar refuses them),
 * so only meaning is coded here.
 */
export const PARTNER_ERROR_CODES = [
  // Acts: the acting user, from the envelope (both partner and agreement commands).
  'PARTNER.ACTOR_REQUIRED',
  // A name left blank (the field says which).
  'PARTNER.TEXT_REQUIRED',
  'PARTNER.DATE_INVALID',
  'PARTNER.ALREADY_EXISTS',
  'PARTNER.NOT_FOUND',
  'PARTNER.KIND_UNKNOWN',
  'PARTNER.COUNTRY_CODE_INVALID',
  'PARTNER.WEBSITE_INVALID',
  // Linking a registry account to a partner: an open account (none, or closed: NOT_FOUND) of kind 'partner', linked to no other partner.
  'PARTNER.ACCOUNT_NOT_FOUND',
  'PARTNER.ACCOUNT_NOT_PARTNER',
  'PARTNER.ACCOUNT_LINKED_ELSEWHERE',
  'PARTNER.ACCOUNT_NOT_LINKED',
  'AGREEMENT.ALREADY_EXISTS',
  'AGREEMENT.NOT_FOUND',
  // A title, scope, description, measure or reason left blank (the field says which).
  'AGREEMENT.TEXT_REQUIRED',
  'AGREEMENT.DATE_INVALID',
  'AGREEMENT.SIGNED_IN_FUTURE',
  'AGREEMENT.VALIDITY_INVALID',
  'AGREEMENT.FIELD_UNKNOWN',
  'AGREEMENT.PARTY_UNITS_INVALID',
  'AGREEMENT.COMMITMENT_KIND_UNKNOWN',
  'AGREEMENT.COMMITMENT_QUANTITY_INVALID',
  'AGREEMENT.COMMITMENT_ID_DUPLICATE',
  'AGREEMENT.TERMINATED',
  'AGREEMENT.TERMINATION_OUTSIDE_VALIDITY',
  // A termination day or a new end date before today: an agreement's past is not rewritten.
  'AGREEMENT.DATE_IN_PAST',
] as const;
export type PartnerErrorCode = (typeof PARTNER_ERROR_CODES)[number];
