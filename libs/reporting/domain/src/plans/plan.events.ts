import type { planEventTypes } from '@tn/reporting-contracts';
import type { EventsOf } from '@tn/shared-event-contracts';

/** The plan's events; their one schema is in the contracts. */
export type PlanEvent = EventsOf<typeof planEventTypes>;

/** One stream per plan: a published plan's adoptions are decided within it. */
export { PLAN_STREAM_TYPE } from '@tn/reporting-contracts';
