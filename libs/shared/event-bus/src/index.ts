export {
  decodeEvent,
  encodeEvent,
  type EventMessage,
  eventTopicOf,
  MalformedEventMessageError,
  publicTopicOf,
} from './event-message';
export { OutboxRelay, type OutboxRelayOptions } from './relay/outbox-relay';
export { RelayLease } from './relay/relay-lease';
export { ensureEventTopics, ensureTopics, TRANSIENT_TOPIC_RETENTION_MS, type TopicOptions } from './relay/topics';
export { applyEvent, type ApplyOutcome, PoisonEventError, versionKey } from './projector/apply-event';
export { type DeadLetter, readDeadLetters, redriveDeadLetters, skipStuckMessage } from './projector/dead-letters';
export { type PartitionStall } from './projector/partition-stalls';
export { deadLetterReason, describeError, isUnretriableStoreError } from './projector/store-errors';
export { DEFAULT_GROUP_GRACE_MS, GroupMembership, type GroupMembershipState, membershipTrouble } from './projector/group-membership';
export { defineProjection, type Projection, projectionOver, type ReadModelDocument, type ReadModelIndex } from './projector/projection';
export { deadLetterTopicOf, projectEnvelope, Projector, type ProjectorOptions } from './projector/projector';
export { ReadModelAliases } from './projector/read-model-aliases';
export { progressBar, rebuildProjection, type RebuildOptions, type RebuildResult } from './projector/rebuild';
export { endOffsets, TopicReader } from './projector/topic-reader';
