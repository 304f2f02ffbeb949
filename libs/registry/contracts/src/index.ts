export { hierarchyEventTypes, REGISTRY_CONTEXT } from './hierarchy-event-types';
export { peopleEventTypes, registryEventTypes } from './people-event-types';
export {
  isUnreadableEnvelope,
  REGISTRY_REQUESTS_TOPIC,
  type RegistryReply,
  type RegistryRequest,
  registryRequestsTopicOf,
  type RevealedSlot,
  type UnreadableEnvelope,
} from './registry-requests';
