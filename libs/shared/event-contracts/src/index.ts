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
