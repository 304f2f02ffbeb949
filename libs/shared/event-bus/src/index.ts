export {
  decodeEvent,
  encodeEvent,
  type EventMessage,
  eventTopicOf,
  MalformedEventMessageError,
  publicTopicOf,
} from './event-message';
