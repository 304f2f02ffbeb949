import { projectionOver } from '@tn/shared-event-bus';
import { type PlanTarget, planEventTypes } from '@tn/reporting-contracts';

export const REPORTING_PLANS_COLLECTION = 'gw_reporting_plans';

export interface PlanIndicatorDoc {
  indicatorId: string;
  objectiveId?: string;
  targets: PlanTarget[];
}

export interface PlanAdoptionDoc {
  unitId: string;
  localPlanId: string;
  adoptedAt: string;
}

/**
 * A plan as it stands: a unit's own (draft, then published) or a lower unit's local plan
 * (adopted, with the plan it came from). Read by id, by owner unit (a unit's plans, and those of
 * the units above it) and by parent plan (the local plans adopted from it).
 */
export interface PlanDoc {
  planId: string;
  ownerUnitId: string;
  status: 'draft' | 'published' | 'adopted';
  title: string;
  period: { fromYear: number; toYear: number };
  objectives: { objectiveId: string; text: string }[];
  indicators: PlanIndicatorDoc[];
  /** Null for a unit's own plan. */
  parentPlanId: string | null;
  parentOwnerUnitId: string | null;
  /** An adopted plan: the adopting unit's level when it adopted (which targets it took). */
  levelLabel: string | null;
  /** A published plan: each unit that adopted it, and its local plan. */
  adoptions: PlanAdoptionDoc[];
  updatedAt: string;
}

/** A content event as the document's content. */
const contentOf = (data: Pick<PlanDoc, 'planId' | 'ownerUnitId' | 'title' | 'period' | 'objectives' | 'indicators'>) => ({
  planId: data.planId,
  ownerUnitId: data.ownerUnitId,
  title: data.title,
  period: data.period,
  objectives: data.objectives,
  indicators: data.indicators,
});

/** Plans as the reporting service drafts, publishes and adopts them. */
export const planProjection = projectionOver(planEventTypes, {
  name: 'gateway-reporting-plans',
  collection: REPORTING_PLANS_COLLECTION,
  documentId: (event) => event.data.planId,
  indexes: [{ ownerUnitId: 1 }, { parentPlanId: 1 }],
  evolve: (doc: PlanDoc | null, event): PlanDoc | null => {
    switch (event.type) {
      case 'PlanDrafted':
        return {
          ...contentOf(event.data),
          status: 'draft',
          parentPlanId: null,
          parentOwnerUnitId: null,
          levelLabel: null,
          adoptions: [],
          updatedAt: event.data.draftedAt,
        };
      case 'PlanAdopted':
        return {
          ...contentOf(event.data),
          status: 'adopted',
          parentPlanId: event.data.parentPlanId,
          parentOwnerUnitId: event.data.parentOwnerUnitId,
          levelLabel: event.data.levelLabel ?? null,
          adoptions: [],
          updatedAt: event.data.adoptedAt,
        };
      case 'PlanRevised':
        return doc && { ...doc, ...contentOf(event.data), updatedAt: event.data.revisedAt };
      case 'PlanPublished':
        return doc && { ...doc, status: 'published', updatedAt: event.data.publishedAt };
      case 'PlanAdoptionRecorded': {
        if (!doc) return doc;
        const { adoptingUnitId, localPlanId, adoptedAt } = event.data;
        const others = doc.adoptions.filter((adoption) => adoption.unitId !== adoptingUnitId);
        return { ...doc, adoptions: [...others, { unitId: adoptingUnitId, localPlanId, adoptedAt }] };
      }
      case 'PlanTargetsSet': {
        if (!doc) return doc;
        const { indicatorId, targets, setAt } = event.data;
        const indicators = doc.indicators.map((indicator) => (indicator.indicatorId === indicatorId ? { ...indicator, targets } : indicator));
        return { ...doc, indicators, updatedAt: setAt };
      }
    }
  },
});
