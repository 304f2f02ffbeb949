import { checkPayload, type PayloadSchema, type SchemaProblem } from './payload-schema';
import type { PersonalDataSpec } from './personal-data';

type Data = Record<string, unknown>;

/**
 * One event type of a bounded context. `version` is the current schema version; events stored
 * under an older version stay as written and are upcast on read, one version at a time:
 * `upcasters[1]` turns version-1 data into version-2 data, and so on.
 */
export interface EventTypeDefinition {
  type: string;
  version: number;
  schema: PayloadSchema;
  personalData?: PersonalDataSpec;
  upcasters?: Readonly<Record<number, (data: Data) => Data>>;
}

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

  constructor(definitions: readonly EventTypeDefinition[] = []) {
    for (const definition of definitions) this.register(definition);
  }

  register(definition: EventTypeDefinition): this {
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
    const problems = checkPayload(this.get(type).schema, data);
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
