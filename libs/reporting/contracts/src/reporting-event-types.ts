import type { EventTypeDefinition } from '@tn/shared-event-contracts';
import { declaredValueCommandTypes, declaredValueEventTypes } from './declared';
import { indicatorCommandTypes, indicatorEventTypes } from './indicators';

/** The reporting service's bounded context: names its Kafka topics. */
export const REPORTING_CONTEXT = 'reporting';

/**
 * Personal data (domain.md §8): reporting events carry none. Who acted is an account id; a
 * declaration's note is the unit's remark on its figure. The gateway's indicator engine reads
 * them (definitions and declared values) from the `reporting` topic.
 */
export const reportingEventTypes: readonly EventTypeDefinition[] = [...indicatorEventTypes, ...declaredValueEventTypes];

/** Every command the reporting service decides. */
export const reportingCommandTypes = [...indicatorCommandTypes, ...declaredValueCommandTypes] as const;
