/**
 * The refusals of plans. Blank ids never reach a decider (the input grammar refuses them), so only
 * meaning is coded here. A unit outside the owner's subtree adopting a plan is answered FORBIDDEN,
 * as a record that is not the actor's is (the platform's code).
 */
export const PLAN_ERROR_CODES = [
  'PLAN.ALREADY_EXISTS',
  'PLAN.NOT_FOUND',
  // A title, an objective's text or a target's level label left blank (the field says which).
  'PLAN.TEXT_REQUIRED',
  // Whole years from 2000 to 2100, the first not after the last.
  'PLAN.PERIOD_INVALID',
  'PLAN.OBJECTIVE_DUPLICATE',
  // An indicator filed under an objective the plan does not have.
  'PLAN.OBJECTIVE_UNKNOWN',
  'PLAN.INDICATOR_DUPLICATE',
  // Neither a programme indicator (K1–K5) nor a plan indicator the service knows.
  'PLAN.INDICATOR_UNKNOWN',
  // A retired plan indicator is not added to a plan.
  'PLAN.INDICATOR_RETIRED',
  // Targets: a year of the plan's period, a value of 0 or more, at-least or at-most, one per year and level.
  'PLAN.TARGET_YEAR_OUTSIDE_PERIOD',
  'PLAN.TARGET_VALUE_INVALID',
  'PLAN.TARGET_DIRECTION_UNKNOWN',
  'PLAN.TARGET_DUPLICATE',
  // Only a draft is revised or published; publishing needs at least one indicator.
  'PLAN.NOT_DRAFT',
  'PLAN.INDICATORS_REQUIRED',
  // Adoption: of a published plan whose period has not ended, by a unit below its owner, once per unit.
  'PLAN.NOT_PUBLISHED',
  'PLAN.ENDED',
  'PLAN.ADOPTER_IS_OWNER',
  'PLAN.ALREADY_ADOPTED',
  // The local plan opened is the one the parent plan recorded for the unit.
  'PLAN.ADOPTION_NOT_RECORDED',
  // Local targets: only an adopted plan's, for an indicator it has, never looser than the parent's.
  'PLAN.NOT_ADOPTED',
  'PLAN.INDICATOR_NOT_IN_PLAN',
  'PLAN.PARENT_TARGET_REQUIRED',
  'PLAN.TARGET_DIRECTION_FIXED',
  'PLAN.TARGET_BELOW_PARENT',
  'PLAN.TARGET_ABOVE_PARENT',
] as const;
