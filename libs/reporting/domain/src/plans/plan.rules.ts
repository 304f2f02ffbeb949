import { forbiddenError } from '@tn/shared-decider';
import { isProgrammeIndicatorId, type PlanTarget, type Target, TARGET_DIRECTIONS } from '@tn/reporting-contracts';
import { requiredText } from '../common/act';
import { illegalStateError, notFoundError, validationError } from '../common/errors';
import type { PlanIndicatorFacts } from './plan.commands';
import type { ExistingPlan, PlanContent, PlanIndicator, PlanObjective, PlanPeriod, PlanState } from './plan.types';

/** The years a plan may span: the programme runs to 2030, plans a little beyond. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

export function requirePlan(state: PlanState, planId: string): ExistingPlan {
  if (state.status === 'none' || !state.content) throw notFoundError('PLAN.NOT_FOUND', `plan ${planId} does not exist`, { planId });
  return state as ExistingPlan;
}

/** Only a draft is revised or published. */
export function requireDraft(state: PlanState, planId: string): ExistingPlan {
  const plan = requirePlan(state, planId);
  if (plan.status !== 'draft') throw illegalStateError('PLAN.NOT_DRAFT', `plan ${planId} is ${plan.status}, not a draft`, { planId, status: plan.status });
  return plan;
}

function requirePeriod(period: PlanPeriod): PlanPeriod {
  const { fromYear, toYear } = period;
  for (const [field, year] of [
    ['period.fromYear', fromYear],
    ['period.toYear', toYear],
  ] as const) {
    if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
      throw validationError('PLAN.PERIOD_INVALID', field, `must be a year from ${FIRST_YEAR} to ${LAST_YEAR}`, { fromYear, toYear });
    }
  }
  if (fromYear > toYear) throw validationError('PLAN.PERIOD_INVALID', 'period.toYear', 'the last year is before the first', { fromYear, toYear });
  return { fromYear, toYear };
}

function requireObjectives(objectives: readonly PlanObjective[]): PlanObjective[] {
  return objectives.map(({ objectiveId, text }, index) => {
    if (objectives.findIndex((other) => other.objectiveId === objectiveId) !== index) {
      throw validationError('PLAN.OBJECTIVE_DUPLICATE', `objectives.${index}.objectiveId`, `${objectiveId} is listed twice`, { objectiveId });
    }
    return { objectiveId, text: requiredText(text, 'PLAN.TEXT_REQUIRED', `objectives.${index}.text`, "an objective's text") };
  });
}

const directionOf = (target: Target) => target.direction ?? 'at-least';

function checkedTarget(target: PlanTarget, period: PlanPeriod, field: string): PlanTarget {
  const { year, value, direction, levelLabel } = target;
  if (!Number.isInteger(year) || year < period.fromYear || year > period.toYear) {
    throw validationError('PLAN.TARGET_YEAR_OUTSIDE_PERIOD', `${field}.year`, `must be a year from ${period.fromYear} to ${period.toYear}`, {
      year,
      fromYear: period.fromYear,
      toYear: period.toYear,
    });
  }
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw validationError('PLAN.TARGET_VALUE_INVALID', `${field}.value`, 'must be a number of 0 or more', { value });
  }
  if (direction !== undefined && !(TARGET_DIRECTIONS as readonly string[]).includes(direction)) {
    throw validationError('PLAN.TARGET_DIRECTION_UNKNOWN', `${field}.direction`, `must be one of ${TARGET_DIRECTIONS.join(', ')}`, {
      allowed: TARGET_DIRECTIONS,
    });
  }
  const level = levelLabel === undefined ? undefined : requiredText(levelLabel, 'PLAN.TEXT_REQUIRED', `${field}.levelLabel`, 'a level label');
  return { year, value, ...(direction === undefined ? {} : { direction }), ...(level === undefined ? {} : { levelLabel: level }) };
}

/** Targets checked one by one, one per year and level, in the order of their years (the subtree's before the levels'). */
export function requireTargets(targets: readonly PlanTarget[], period: PlanPeriod, field: string): PlanTarget[] {
  const checked = targets.map((target, index) => checkedTarget(target, period, `${field}.${index}`));
  checked.forEach(({ year, levelLabel }, index) => {
    if (checked.findIndex((other) => other.year === year && other.levelLabel === levelLabel) !== index) {
      throw validationError('PLAN.TARGET_DUPLICATE', `${field}.${index}.year`, `${year} has a target already`, {
        year,
        ...(levelLabel === undefined ? {} : { levelLabel }),
      });
    }
  });
  return checked.sort((a, b) => a.year - b.year || (a.levelLabel ?? '').localeCompare(b.levelLabel ?? ''));
}

/** The id an indicator is kept by: a programme indicator's in its own (lower) case, `K1` as `k1`. */
export const canonicalIndicatorId = (indicatorId: string) => (isProgrammeIndicatorId(indicatorId) ? indicatorId.toLowerCase() : indicatorId);

/** A programme indicator, or a plan indicator the service knows and has not retired. */
function requireKnownIndicator(indicatorId: string, facts: PlanIndicatorFacts, field: string): void {
  if (isProgrammeIndicatorId(indicatorId)) return;
  const status = facts.planIndicatorStatuses[indicatorId];
  if (status === undefined) throw validationError('PLAN.INDICATOR_UNKNOWN', field, `there is no indicator ${indicatorId}`, { indicatorId });
  if (status === 'retired') throw validationError('PLAN.INDICATOR_RETIRED', field, `indicator ${indicatorId} is retired`, { indicatorId });
}

function requireIndicators(indicators: readonly PlanIndicator[], objectives: readonly PlanObjective[], period: PlanPeriod, facts: PlanIndicatorFacts) {
  const ids = indicators.map((indicator) => canonicalIndicatorId(indicator.indicatorId));
  return indicators.map(({ indicatorId: given, objectiveId, targets }, index): PlanIndicator => {
    const field = `indicators.${index}`;
    const indicatorId = canonicalIndicatorId(given);
    if (ids.indexOf(indicatorId) !== index) {
      throw validationError('PLAN.INDICATOR_DUPLICATE', `${field}.indicatorId`, `${indicatorId} is in the plan already`, { indicatorId });
    }
    requireKnownIndicator(indicatorId, facts, `${field}.indicatorId`);
    if (objectiveId !== undefined && !objectives.some((objective) => objective.objectiveId === objectiveId)) {
      throw validationError('PLAN.OBJECTIVE_UNKNOWN', `${field}.objectiveId`, `the plan has no objective ${objectiveId}`, { objectiveId });
    }
    return { indicatorId, ...(objectiveId === undefined ? {} : { objectiveId }), targets: requireTargets(targets, period, `${field}.targets`) };
  });
}

/** Everything a plan says, checked and trimmed. */
export function requireContent(content: PlanContent, facts: PlanIndicatorFacts): PlanContent {
  const title = requiredText(content.title, 'PLAN.TEXT_REQUIRED', 'title', 'a title');
  const period = requirePeriod(content.period);
  const objectives = requireObjectives(content.objectives);
  return { title, period, objectives, indicators: requireIndicators(content.indicators, objectives, period, facts) };
}

/**
 * A plan is adopted by the units strictly below its owner. One outside the owner's subtree is
 * answered as a record that is not the actor's (FORBIDDEN); the owner itself is told why.
 */
export function requireBelowOwner(plan: ExistingPlan, adoptingUnitId: string, lineage: readonly string[]): void {
  if (adoptingUnitId === plan.ownerUnitId) {
    throw illegalStateError('PLAN.ADOPTER_IS_OWNER', `unit ${adoptingUnitId} owns plan ${plan.planId}`, { unitId: adoptingUnitId });
  }
  if (!lineage.includes(plan.ownerUnitId)) {
    throw forbiddenError('FORBIDDEN', `plan ${plan.planId} is not for unit ${adoptingUnitId}`, { planId: plan.planId, unitId: adoptingUnitId });
  }
}

/**
 * Local targets are never looser than the parent's: each year the parent set keeps a target, in
 * the parent's direction, at least as high (at-least) or as low (at-most) as the parent's.
 */
export function requireNotLooser(targets: readonly Target[], parentTargets: readonly Target[]): void {
  for (const parent of parentTargets) {
    const index = targets.findIndex((target) => target.year === parent.year);
    const local = targets[index];
    const details = { year: parent.year, parentValue: parent.value };
    if (!local) throw validationError('PLAN.PARENT_TARGET_REQUIRED', 'targets', `the parent plan sets a target for ${parent.year}`, details);
    const field = `targets.${index}`;
    if (directionOf(local) !== directionOf(parent)) {
      throw validationError('PLAN.TARGET_DIRECTION_FIXED', `${field}.direction`, `the parent plan's target is ${directionOf(parent)}`, {
        year: parent.year,
        direction: directionOf(parent),
      });
    }
    if (directionOf(parent) === 'at-least' && local.value < parent.value) {
      throw validationError('PLAN.TARGET_BELOW_PARENT', `${field}.value`, `below the parent plan's ${parent.value}`, details);
    }
    if (directionOf(parent) === 'at-most' && local.value > parent.value) {
      throw validationError('PLAN.TARGET_ABOVE_PARENT', `${field}.value`, `above the parent plan's ${parent.value}`, details);
    }
  }
}
