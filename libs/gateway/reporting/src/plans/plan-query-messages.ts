import type { ContextMessages } from '@tn/gateway-graphql-kit';

/** The gateway's own refusals of plan queries (bad periods and dates answer with the indicator queries' codes). */
export const PLAN_QUERY_ERROR_CODES = ['PLAN_QUERY.UNIT_OUTSIDE_PLAN'] as const;
export type PlanQueryErrorCode = (typeof PLAN_QUERY_ERROR_CODES)[number];

export const PLAN_QUERY_MESSAGES: ContextMessages<PlanQueryErrorCode> = {
  'PLAN_QUERY.UNIT_OUTSIDE_PLAN': {
    vi: 'Đơn vị[ {unitId}] không thuộc phạm vi của kế hoạch[ (của {ownerUnitId} và các đơn vị cấp dưới)].',
    en: 'The unit[ {unitId}] is outside the plan’s scope[ ({ownerUnitId} and the units below it)].',
  },
};
