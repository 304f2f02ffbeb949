import { type EventTypeDefinition } from './messages/event-types';
import { checkMessage, type SchemaProblem } from './messages/message-schema';

type Data = Record<string, unknown>;

export class UnknownEventTypeError extends Error {
  constructor(readonly eventType: string) {
    super(`unknown event type "${eventType}"`);
    this.name = 'UnknownEventTypeError';
  }
}

export class InvalidEventError extends Error {
  constructor(
    readonly eventType: string,
    readonly problems: SchemaProblem[],
  ) {
    super(`invalid ${eventType}: ${problems.map((p) => `${p.field} ${p.problem}`).join('; ')}`);
    this.name = 'InvalidEventError';
  }
}

/** The event types a context writes, with their schemas, personal fields and upcasters. */
export class EventTypeRegistry {
  private readonly definitions = new Map<string, EventTypeDefinition>();

  constructor(definitions: readonly EventTypeDefinition<string, object>[] = []) {
    for (const definition of definitions) this.register(definition);
  }

  register(definition: EventTypeDefinition<string, object>): this {
    if (this.definitions.has(definition.type)) throw new Error(`event type ${definition.type} registered twice`);
    if (!Number.isInteger(definition.version) || definition.version < 1) {
      throw new Error(`event type ${definition.type}: version must be a positive integer`);
    }
    for (let v = 1; v < definition.version; v++) {
      if (!definition.upcasters?.[v]) throw new Error(`event type ${definition.type}: no upcaster from version ${v}`);
    }
    this.definitions.set(definition.type, definition);
    return this;
  }

  has(type: string): boolean {
    return this.definitions.has(type);
  }

  get(type: string): EventTypeDefinition {
    const definition = this.definitions.get(type);
    if (!definition) throw new UnknownEventTypeError(type);
    return definition;
  }

  /** Check new event data against the current schema; throws InvalidEventError. */
  assertValid(type: string, data: unknown): void {
    const problems = checkMessage(this.get(type).data, data, { erasedPasses: true });
    if (problems.length > 0) throw new InvalidEventError(type, problems);
  }

  /** Bring stored data up to the current schema version, then check it. */
  upcast(type: string, version: number, data: Data): { version: number; data: Data } {
    const definition = this.get(type);
    if (version > definition.version) {
      throw new Error(`${type} version ${version} is newer than this code knows (${definition.version})`);
    }
    let current = data;
    for (let v = version; v < definition.version; v++) {
      current = definition.upcasters![v]!(current);
    }
    this.assertValid(type, current);
    return { version: definition.version, data: current };
  }
}
