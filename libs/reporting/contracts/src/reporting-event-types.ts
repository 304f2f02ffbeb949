import type { EventTypeDefinition, PublicEventDefinition } from '@tn/shared-event-contracts';
import { declaredValueCommandTypes, declaredValueEventTypes } from './declared';
import { indicatorCommandTypes, indicatorEventTypes } from './indicators';
import { planCommandTypes, planEventTypes } from './plans';
import { publishedValuesCommandTypes, publishedValuesEventTypes, publishedValuesPublicEvents } from './published';
import { reportCommandTypes, reportEventTypes } from './reports';
import { reportScheduleCommandTypes, reportScheduleEventTypes } from './schedules';

/** The reporting service's bounded context: names its Kafka topics. */
export const REPORTING_CONTEXT = 'reporting';

/**
 * Personal data (domain.md §8): reporting events carry none. Who acted is an account id; a
 * declaration's note is the unit's remark on its figure; a report's sections are the unit's own
 * account, and a person it proposes for commendation is named by id only. The gateway's
 * indicator engine reads them (definitions and declared values) from the `reporting` topic.
 */
export const reportingEventTypes: readonly EventTypeDefinition[] = [
  ...indicatorEventTypes,
  ...declaredValueEventTypes,
  ...publishedValuesEventTypes,
  ...planEventTypes,
  ...reportEventTypes,
  ...reportScheduleEventTypes,
];

/** Every command the reporting service decides. */
export const reportingCommandTypes = [
  ...indicatorCommandTypes,
  ...declaredValueCommandTypes,
  ...publishedValuesCommandTypes,
  ...planCommandTypes,
  ...reportCommandTypes,
  ...reportScheduleCommandTypes,
] as const;

/** The public, personal-data-free events on the context's public topic (analytics consumers): published indicator values. */
export const reportingPublicEvents: readonly PublicEventDefinition[] = [...publishedValuesPublicEvents];
