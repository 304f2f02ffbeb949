/**
 * The groups area's refusals. Each names the field at fault where there is one, so a few codes
 * cover many fields. Blank ids never reach a decider (the input grammar refuses them).
 */
export const GROUP_ERROR_CODES = [
  // Acts: the server's date and the acting user, from the route and the envelope.
  'GROUP.ACTOR_REQUIRED',
  'GROUP.DATE_INVALID',
  'GROUP.DATE_AFTER_TODAY',
  // A name or a reason left blank (the field says which).
  'GROUP.TEXT_REQUIRED',
  'GROUP.KIND_UNKNOWN',
  'GROUP.ORIGIN_UNKNOWN',
  'GROUP.FIELDS_INVALID',
  'GROUP.SIZE_INVALID',
  'GROUP.LEADERS_INVALID',
  'GROUP.AREA_UNITS_INVALID',
  'GROUP.AREA_UNIT_UNKNOWN',
  'GROUP.HOST_UNIT_UNKNOWN',
  'GROUP.SELF_NOT_LEADER',
  'GROUP.ALREADY_EXISTS',
  'GROUP.NOT_FOUND',
  'GROUP.ALREADY_VERIFIED',
  'GROUP.VERIFIER_IS_LEADER',
  'GROUP.DECLINED',
  'GROUP.NOT_VERIFIED',
  'GROUP.DISSOLVED',
  'GROUP.SAME_HOST',
  'GROUP.MOVE_BEFORE_AFFILIATION',
  'GROUP.STATUS_UNKNOWN',
  'GROUP.PERIOD_INVALID',
  'GROUP.DATES_ALREADY_BOOKED',
] as const;
export type GroupErrorCode = (typeof GROUP_ERROR_CODES)[number];
