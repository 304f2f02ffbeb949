/** Who caused an event: a signed-in account, or the platform itself (jobs, upcasters). */
export interface Actor {
  kind: 'account' | 'system';
  id: string;
}

/** An event as a decider produces it: a past-tense type and its data. */
export interface DomainEvent<Type extends string = string, Data extends object = object> {
  type: Type;
  data: Data;
}

/** Context a command carries into every event it causes. */
export interface EventMetadata {
  actor: Actor;
  correlationId: string;
  /** The id of the command (or event) that caused these events. */
  causationId: string;
  /** The organisation unit whose subtree the events belong to (authorisation and reporting). */
  unitScope?: string;
  /** When the fact happened in the world; the command supplies it (deciders read no clock). */
  occurredAt: string;
}

/** The stored and published form of an event (architecture.md, "Write side"). */
export interface EventEnvelope<Data extends object = Record<string, unknown>> {
  eventId: string;
  type: string;
  schemaVersion: number;
  streamId: string;
  streamType: string;
  streamVersion: number;
  /** The service's monotonically increasing position of the commit holding this event. */
  position: number;
  occurredAt: string;
  recordedAt: string;
  actor: Actor;
  correlationId: string;
  causationId: string;
  unitScope?: string;
  data: Data;
}

/** Stream ids are built by one function per aggregate: `<streamType>-<id>`. */
export function streamIdOf(streamType: string, id: string): string {
  if (!/^[a-z][a-z0-9-]*$/.test(streamType)) throw new Error(`bad stream type "${streamType}"`);
  if (id.length === 0) throw new Error('empty aggregate id');
  return `${streamType}-${id}`;
}
