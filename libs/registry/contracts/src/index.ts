export { hierarchyEventTypes, REGISTRY_CONTEXT } from './hierarchy-event-types';
export { peopleEventTypes, registryEventTypes } from './people-event-types';
export {
  isUnreadableEnvelope,
  REGISTRY_REQUESTS_TOPIC,
  type RegistryReply,
  type SealedRegistryReply,
  type SealedRegistryRequest,
  type RegistryRequest,
  registryRequestsTopicOf,
  type RevealedSlot,
  type SubjectErasure,
  type UnreadableEnvelope,
} from './registry-requests';
