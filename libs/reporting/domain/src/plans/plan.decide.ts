import { isDeepStrictEqual } from 'node:util';
import { assertNever, type Decider } from '@tn/shared-decider';
import { targetsForLevel } from '@tn/reporting-contracts';
import { requireAct } from '../common/act';
import { illegalStateError, validationError } from '../common/errors';
import type {
  AdoptPlanCommand,
  DraftPlanCommand,
  OpenAdoptedPlanCommand,
  PlanCommand,
  PublishPlanCommand,
  RevisePlanCommand,
  SetPlanTargetsCommand,
} from './plan.commands';
import type { PlanEvent } from './plan.events';
import { evolvePlan, initialPlan } from './plan.evolve';
import { canonicalIndicatorId, requireBelowOwner, requireContent, requireDraft, requireNotLooser, requirePlan, requireTargets } from './plan.rules';
import type { PlanContent, PlanState } from './plan.types';

const contentOfCommand = ({ title, period, objectives, indicators }: DraftPlanCommand | RevisePlanCommand): PlanContent => ({
  title,
  period,
  objectives,
  indicators,
});

/** A draft of the unit the payload names (the authoriser checked the actor's rights over it). */
function draft(command: DraftPlanCommand, state: PlanState): PlanEvent[] {
  const { planId, ownerUnitId, at, actorId } = command;
  if (state.status !== 'none') throw illegalStateError('PLAN.ALREADY_EXISTS', `plan ${planId} already exists`, { planId });
  requireAct(command);
  const content = requireContent(contentOfCommand(command), command);
  return [{ type: 'PlanDrafted', data: { planId, ownerUnitId, ...content, draftedBy: actorId, draftedAt: at } }];
}

/** The whole content again while a draft; one that changes nothing records nothing. */
function revise(command: RevisePlanCommand, state: PlanState): PlanEvent[] {
  const plan = requireDraft(state, command.planId);
  requireAct(command);
  const content = requireContent(contentOfCommand(command), command);
  if (isDeepStrictEqual(content, plan.content)) return [];
  return [{ type: 'PlanRevised', data: { planId: plan.planId, ownerUnitId: plan.ownerUnitId, ...content, revisedBy: command.actorId, revisedAt: command.at } }];
}

/** Draft → published (publishing again records nothing); a plan with no indicator measures nothing. */
function publish(command: PublishPlanCommand, state: PlanState): PlanEvent[] {
  if (requirePlan(state, command.planId).status === 'published') return [];
  const plan = requireDraft(state, command.planId);
  requireAct(command);
  if (plan.content.indicators.length === 0)
    throw illegalStateError('PLAN.INDICATORS_REQUIRED', `plan ${plan.planId} has no indicator`, { planId: plan.planId });
  return [{ type: 'PlanPublished', data: { planId: plan.planId, ownerUnitId: plan.ownerUnitId, publishedBy: command.actorId, publishedAt: command.at } }];
}

/**
 * Decided on the published plan's stream, which sees every adoption of it: one per unit, with no
 * cross-stream query. Repeating the same adoption (same unit, same local id) records nothing, so
 * a retried command is safe.
 */
function adopt(command: AdoptPlanCommand, state: PlanState): PlanEvent[] {
  const { planId, adoptingUnitId, localPlanId } = command;
  const plan = requirePlan(state, planId);
  requireBelowOwner(plan, adoptingUnitId, command.adoptingUnitLineage);
  const recorded = plan.adoptions[adoptingUnitId];
  if (recorded === localPlanId) return [];
  if (recorded !== undefined) {
    throw illegalStateError('PLAN.ALREADY_ADOPTED', `unit ${adoptingUnitId} adopted plan ${planId} already`, { unitId: adoptingUnitId, localPlanId: recorded });
  }
  if (plan.status !== 'published') throw illegalStateError('PLAN.NOT_PUBLISHED', `plan ${planId} is ${plan.status}`, { planId });
  requireAct(command);
  const toYear = plan.content.period.toYear;
  if (Number(command.today.slice(0, 4)) > toYear) throw illegalStateError('PLAN.ENDED', `plan ${planId} ran to ${toYear}`, { planId, toYear });
  if (localPlanId === planId) throw validationError('PLAN.ALREADY_EXISTS', 'localPlanId', `plan ${planId} exists`, { planId });
  return [{ type: 'PlanAdoptionRecorded', data: { planId, adoptingUnitId, localPlanId, adoptedBy: command.actorId, adoptedAt: command.at } }];
}

/**
 * Opens the local plan the published plan recorded for this unit, and no other: its title, period
 * and objectives, and each indicator with the targets that apply to the unit's level. Opening it
 * again records nothing.
 */
function openAdopted(command: OpenAdoptedPlanCommand, state: PlanState): PlanEvent[] {
  const { localPlanId, planId, adoptingUnitId, parent } = command;
  if (state.status !== 'none') {
    if (state.status === 'adopted' && state.parentPlanId === planId && state.ownerUnitId === adoptingUnitId) return [];
    throw illegalStateError('PLAN.ALREADY_EXISTS', `plan ${localPlanId} already exists`, { planId: localPlanId });
  }
  if (parent.status === 'none' || !parent.content || parent.adoptions[adoptingUnitId] !== localPlanId) {
    throw illegalStateError('PLAN.ADOPTION_NOT_RECORDED', `plan ${planId} records no adoption as ${localPlanId}`, {
      planId,
      localPlanId,
      unitId: adoptingUnitId,
    });
  }
  requireAct(command);
  const { title, period, objectives, indicators } = parent.content;
  const level = command.adoptingLevelLabel;
  const local = indicators.map(({ indicatorId, objectiveId, targets }) => ({
    indicatorId,
    ...(objectiveId === undefined ? {} : { objectiveId }),
    targets: targetsForLevel(targets, level),
  }));
  return [
    {
      type: 'PlanAdopted',
      data: {
        planId: localPlanId,
        ownerUnitId: adoptingUnitId,
        title,
        period,
        objectives,
        indicators: local,
        parentPlanId: planId,
        parentOwnerUnitId: parent.ownerUnitId,
        ...(level === undefined ? {} : { levelLabel: level }),
        adoptedBy: command.actorId,
        adoptedAt: command.at,
      },
    },
  ];
}

/** An adopted plan's own targets for one indicator, never looser than the parent's; the same again records nothing. */
function setTargets(command: SetPlanTargetsCommand, state: PlanState): PlanEvent[] {
  const plan = requirePlan(state, command.planId);
  if (plan.status !== 'adopted') throw illegalStateError('PLAN.NOT_ADOPTED', `plan ${plan.planId} was not adopted`, { planId: plan.planId });
  requireAct(command);
  const indicatorId = canonicalIndicatorId(command.indicatorId);
  const indicator = plan.content.indicators.find((candidate) => candidate.indicatorId === indicatorId);
  if (!indicator) {
    throw validationError('PLAN.INDICATOR_NOT_IN_PLAN', 'indicatorId', `plan ${plan.planId} has no indicator ${indicatorId}`, { indicatorId });
  }
  // Local targets are the unit's own subtree's: a level label does not apply.
  const targets = requireTargets(
    command.targets.map(({ year, value, direction }) => ({ year, value, ...(direction === undefined ? {} : { direction }) })),
    plan.content.period,
    'targets',
  );
  requireNotLooser(targets, plan.parentTargets?.[indicatorId] ?? []);
  if (isDeepStrictEqual(targets, indicator.targets)) return [];
  return [
    { type: 'PlanTargetsSet', data: { planId: plan.planId, ownerUnitId: plan.ownerUnitId, indicatorId, targets, setBy: command.actorId, setAt: command.at } },
  ];
}

function decidePlan(command: PlanCommand, state: PlanState): PlanEvent[] {
  switch (command.type) {
    case 'DraftPlan':
      return draft(command, state);
    case 'RevisePlan':
      return revise(command, state);
    case 'PublishPlan':
      return publish(command, state);
    case 'AdoptPlan':
      return adopt(command, state);
    case 'OpenAdoptedPlan':
      return openAdopted(command, state);
    case 'SetPlanTargets':
      return setTargets(command, state);
    default:
      return assertNever(command);
  }
}

/** A plan (one stream each): a unit's own, drafted then published, or a lower unit's local plan adopted from one. */
export const planDecider: Decider<PlanCommand, PlanEvent, PlanState> = {
  initialState: initialPlan,
  decide: decidePlan,
  evolve: evolvePlan,
};
