import type { EventEnvelope } from '../envelope';
import type { PersonalDataSpec } from '../personal-data';
import type { MessageClass } from './message-schema';

type Data = Record<string, unknown>;

/**
 * One event type of a bounded context. `data` is its one schema (a validated class, whose
 * instance type is the event's data type). `version` is the current schema version; events
 * stored under an older version stay as written and are upcast on read, one version at a time:
 * `upcasters[1]` turns version-1 data into version-2 data, and so on.
 */
export interface EventTypeDefinition<Type extends string = string, D extends object = object> {
  type: Type;
  version: number;
  data: MessageClass<D>;
  personalData?: PersonalDataSpec;
  upcasters?: Readonly<Record<number, (data: Data) => Data>>;
}

/** Declares an event type (version 1 unless stated). */
export const eventType = <Type extends string, D extends object>(
  type: Type,
  data: MessageClass<D>,
  options: Omit<EventTypeDefinition, 'type' | 'data' | 'version'> & { version?: number } = {},
): EventTypeDefinition<Type, D> => ({ type, data, version: 1, ...options });

/** The domain event (`{ type, data }`) a definition describes. */
type EventOf<Def> = Def extends EventTypeDefinition<infer Type, infer D> ? { type: Type; data: D } : never;

/** The union of the events of a list of definitions: `EventsOf<typeof activityEventTypes>`. */
export type EventsOf<Defs extends readonly EventTypeDefinition<string, object>[]> = EventOf<Defs[number]>;

/** A stored or published event of a known type: its envelope with the type's own data. */
export type EnvelopeOf<Event extends { type: string; data: object }> = Event extends unknown ? Omit<EventEnvelope, 'type' | 'data'> & Event : never;

/** Some of a list of definitions, by type, keeping their types (a read model that follows only some events). */
export const eventTypesNamed = <Defs extends readonly EventTypeDefinition<string, object>[], Type extends Defs[number]['type']>(
  definitions: Defs,
  ...types: Type[]
): Extract<Defs[number], { type: Type }>[] =>
  definitions.filter((definition): definition is Extract<Defs[number], { type: Type }> => types.includes(definition.type as Type));
