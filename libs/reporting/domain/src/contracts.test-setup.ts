import { reportingEventTypes } from '@tn/reporting-contracts';
import { checkDecisionsWith } from '@tn/shared-decider';
import { type DomainEvent, EventTypeRegistry } from '@tn/shared-event-contracts';

// Jest setup for the domain's specs: an event decided in any `then` must match its message schema.
const registry = new EventTypeRegistry(reportingEventTypes);
checkDecisionsWith((event) => registry.assertValid((event as DomainEvent).type, (event as DomainEvent).data));
