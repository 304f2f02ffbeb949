export * from './accounts/account.messages';
export * from './cadres/cadre.messages';
export * from './common/command-rights';
export * from './common/vocabulary';
export * from './hierarchy/hierarchy.messages';
export * from './volunteers/volunteer.messages';
export { REGISTRY_CONTEXT, registryEventTypes } from './registry-event-types';
export { REGISTRY_ERROR_CODES, type RegistryErrorCode } from './registry-error-codes';
export {
  isUnreadableEnvelope,
  type RegistryReply,
  type SealedRegistryReply,
  type SealedRegistryRequest,
  type RegistryRequest,
  registryRequestsTopicOf,
  type RevealedSlot,
  type SubjectErasure,
  type UnreadableEnvelope,
} from './registry-requests';
