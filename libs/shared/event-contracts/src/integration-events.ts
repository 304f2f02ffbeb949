import { getMetadataStorage } from 'class-validator';
import type { EventEnvelope } from './envelope';
import { checkMessage, type MessageClass } from './messages/message-schema';

/**
 * A public (integration) event: an explicit, versioned contract for analytics consumers and
 * other contexts, mapped from an internal event. It never carries personal data: its schema
 * may not name a field the internal event marks as personal, and the mapping's output is
 * checked against the schema (no extra fields) on every publish.
 */
export interface PublicEventDefinition {
  /** Public type name, for example `registry.UnitCreated`. */
  publicType: string;
  publicVersion: number;
  fromInternalType: string;
  /** The public data's one schema (it also gives the published JSON Schema). */
  data: MessageClass;
  map(event: EventEnvelope): Record<string, unknown>;
}

export interface PublicEvent {
  type: string;
  version: number;
  eventId: string;
  streamId: string;
  streamVersion: number;
  occurredAt: string;
  unitScope?: string;
  data: Record<string, unknown>;
}

/** The fields a message class declares (those with at least one validation rule). */
const declaredFieldsOf = (data: MessageClass): string[] => [
  ...new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(data, '', true, false)
      .map((rule) => rule.propertyName),
  ),
];

export class PublicEventCatalog {
  private readonly byInternalType = new Map<string, PublicEventDefinition>();

  constructor(definitions: readonly PublicEventDefinition[], personalFieldsOf: (internalType: string) => readonly string[] = () => []) {
    for (const definition of definitions) {
      const personal = personalFieldsOf(definition.fromInternalType);
      const leaked = declaredFieldsOf(definition.data).filter((field) => personal.includes(field));
      if (leaked.length > 0) {
        throw new Error(`${definition.publicType} would publish personal field(s): ${leaked.join(', ')}`);
      }
      this.byInternalType.set(definition.fromInternalType, definition);
    }
  }

  /** The public event for an internal one, or undefined when it is not published. */
  toPublic(event: EventEnvelope): PublicEvent | undefined {
    const definition = this.byInternalType.get(event.type);
    if (!definition) return undefined;
    const data = definition.map(event);
    const problems = checkMessage(definition.data, data);
    if (problems.length > 0) {
      throw new Error(`${definition.publicType} mapping broke its contract: ${JSON.stringify(problems)}`);
    }
    return {
      type: definition.publicType,
      version: definition.publicVersion,
      eventId: event.eventId,
      streamId: event.streamId,
      streamVersion: event.streamVersion,
      occurredAt: event.occurredAt,
      ...(event.unitScope ? { unitScope: event.unitScope } : {}),
      data,
    };
  }
}
