export { hierarchyEventTypes, REGISTRY_CONTEXT } from './hierarchy-event-types';
export { peopleEventTypes, registryEventTypes } from './people-event-types';
export { REGISTRY_REQUESTS_TOPIC, type RegistryReply, type RegistryRequest, registryRequestsTopicOf } from './registry-requests';
