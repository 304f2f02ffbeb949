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
export { ensureEventTopics, ensureTopics, type TopicOptions } from './relay/topics';
