import type { EventTypeDefinition } from '@tn/shared-event-contracts';
import { accountEventTypes } from './accounts/account.messages';
import { cadreEventTypes } from './cadres/cadre.messages';
import { hierarchyEventTypes } from './hierarchy/hierarchy.messages';
import { volunteerEventTypes } from './volunteers/volunteer.messages';

/** The registry's bounded context: names its Kafka topics. */
export const REGISTRY_CONTEXT = 'registry';

/** The registry's people events as stored (schema version 1). */
export const peopleEventTypes: readonly EventTypeDefinition<string, object>[] = [...cadreEventTypes, ...volunteerEventTypes, ...accountEventTypes];

/** Every event type the registry writes. */
export const registryEventTypes: readonly EventTypeDefinition<string, object>[] = [...hierarchyEventTypes, ...peopleEventTypes];
