export { type Actor, type DomainEvent, type EventEnvelope, type EventMetadata, streamIdOf } from './envelope';
export {
  type EventTypeDefinition,
  EventTypeRegistry,
  InvalidEventError,
  UnknownEventTypeError,
} from './event-registry';
export { type PublicEvent, PublicEventCatalog, type PublicEventDefinition } from './integration-events';
export { checkPayload, type FieldType, type PayloadSchema, type SchemaProblem } from './payload-schema';
export {
  ERASED,
  type Erased,
  isErased,
  PERSONAL_DATA_ERASED,
  personalDataErasedDefinition,
  type PersonalDataSpec,
  subjectStreamId,
} from './personal-data';
export { type CommandEnvelope, type CommandReply, commandTopicOf } from './command-envelope';
