import type { declaredValueEventTypes } from '@tn/reporting-contracts';
import type { EventsOf } from '@tn/shared-event-contracts';

/** The declared value's events; their one schema is in the contracts. */
export type DeclaredValueEvent = EventsOf<typeof declaredValueEventTypes>;

/** One stream per unit, period and key: its declarations supersede one another within it. */
export { DECLARED_VALUE_STREAM_TYPE } from '@tn/reporting-contracts';
