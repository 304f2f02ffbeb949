export { type Actor, type DomainEvent, type EventEnvelope, type EventMetadata, streamIdOf } from './envelope';
export { EventTypeRegistry, InvalidEventError, UnknownEventTypeError } from './event-registry';
export { type EnvelopeOf, type EventOf, type EventsOf, eventType, type EventTypeDefinition, eventTypesNamed } from './messages/event-types';
export { type CommandNamed, type CommandsOf, commandType, type CommandTypeDefinition } from './messages/command-types';
export { checkMessage, type MessageClass, type SchemaProblem, UNKNOWN_FIELD, withoutFields, withoutNulls } from './messages/message-schema';
export { IsFiniteNumber, IsIsoDate, IsIsoDateTime, IsNonEmptyText, Nested, NestedList } from './messages/message-fields';
export { type PublicEvent, PublicEventCatalog, type PublicEventDefinition } from './integration-events';
export {
  ERASED,
  type Erased,
  isErased,
  PERSONAL_DATA_ERASED,
  PersonalDataErasedData,
  personalDataErasedDefinition,
  type PersonalDataSpec,
  subjectStreamId,
} from './personal-data';
export { type CommandEnvelope, type CommandReply, commandTopicOf, PING_COMMAND_TYPE } from './command-envelope';
export {
  ENTITY_ID_PATTERN,
  findInputProblem,
  type InputProblem,
  isCleanText,
  isEntityId,
  isIdField,
  LONG_TEXT_FIELDS,
  MAX_ENTITY_ID_LENGTH,
  MAX_LINE_TEXT_LENGTH,
  MAX_LONG_TEXT_LENGTH,
  type TextRules,
  textProblem,
} from './input-grammar';
