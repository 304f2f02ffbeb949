/**
 * The needs area's refusals. Blank ids never reach the decider (the input grammar refuses them),
 * so only meaning is coded here; details name the ids and numbers concerned.
 */
export const NEED_ERROR_CODES = [
  // Acts: the server's date and the acting user, from the route and the envelope.
  'NEED.ACTOR_REQUIRED',
  'NEED.DATE_INVALID',
  // A description, measure or reason left blank (the field says which).
  'NEED.TEXT_REQUIRED',
  'NEED.ALREADY_EXISTS',
  'NEED.NOT_FOUND',
  'NEED.KIND_UNKNOWN',
  'NEED.PRIORITY_UNKNOWN',
  'NEED.SOURCE_UNKNOWN',
  'NEED.FIELD_UNKNOWN',
  'NEED.SKILLS_INVALID',
  // A requested, proposed or delivered quantity that is not above 0 (or not whole for people).
  'NEED.QUANTITY_INVALID',
  // `from` after `to`.
  'NEED.DATES_INVALID',
  'NEED.PLACE_UNKNOWN',
  'NEED.PLACE_OUTSIDE_UNIT',
  'NEED.ACTIVITY_REQUIRED',
  'NEED.ACTIVITY_UNEXPECTED',
  'NEED.ACTIVITY_NOT_FOUND',
  'NEED.ACTIVITY_OUTSIDE_UNIT',
  // No decision on a need that is closed.
  'NEED.ALREADY_FULFILLED',
  'NEED.ALREADY_CANCELLED',
  'NEED.MATCH_EXISTS',
  'NEED.MATCH_NOT_FOUND',
  // Decisions in order: proposed → accepted | declined; accepted → fulfilled | released.
  'NEED.MATCH_NOT_PROPOSED',
  'NEED.MATCH_NOT_ACCEPTED',
  'NEED.OFFERER_KIND_UNKNOWN',
  'NEED.OFFERER_NOT_FOUND',
  'NEED.OFFERER_ALREADY_MATCHED',
  // Any group not verified offers as an unknown one (OFFERER_NOT_FOUND); accepting a group's
  // offer is refused once it has been dissolved.
  'NEED.GROUP_DISSOLVED',
  'NEED.AGREEMENT_FOR_PARTNERS_ONLY',
  'NEED.AGREEMENT_NOT_FOUND',
  'NEED.AGREEMENT_OTHER_PARTNER',
  'NEED.AGREEMENT_NOT_IN_FORCE',
  // Accepted matches would commit more than the need asks for.
  'NEED.OVER_COMMITTED',
  // The offered group is booked by another match on some of the need's dates.
  'NEED.GROUP_ALREADY_BOOKED',
  'NEED.DELIVERED_EXCEEDS_MATCH',
  'NEED.RELEASE_REASON_UNKNOWN',
] as const;
export type NeedErrorCode = (typeof NEED_ERROR_CODES)[number];
