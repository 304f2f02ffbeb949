import { type DomainEvent, type EventEnvelope, type EventMetadata, EventTypeRegistry } from '@tn/shared-event-contracts';
import { ConcurrencyConflictError, type MongoEventStore } from '@tn/shared-event-store';
import { RouteRunner } from '@tn/shared-event-sourcing-nest';
import { reportingEventTypes } from '@tn/reporting-contracts';
import { lookupsFrom } from './lookups';
import { allReportingRoutes } from './service/reporting-write.module';

// Test fixtures: the reporting write side over an event store in memory, with the real routes,
// look-ups, deciders and generic command handler (no database, no Kafka).

const registry = new EventTypeRegistry(reportingEventTypes);

interface AppendInput {
  streamId: string;
  streamType: string;
  expectedVersion: number;
  commandId: string;
  events: readonly DomainEvent[];
  metadata: EventMetadata;
}

/** The event store's contract as the command handler and the look-ups use it: streams, versions, one commit per command id. */
export class MemoryEventStore {
  private readonly streams = new Map<string, EventEnvelope[]>();
  private readonly commits = new Map<string, { streamId: string; events: EventEnvelope[]; duplicate: boolean }>();
  private position = 0;

  async readStream(streamId: string, afterVersion = 0) {
    const events = (this.streams.get(streamId) ?? []).slice(afterVersion);
    return { events, version: afterVersion + events.length, lastPosition: events.at(-1)?.position ?? 0, subjects: [] as string[] };
  }

  async findCommit(commandId: string) {
    const commit = this.commits.get(commandId);
    return commit ? { ...commit, duplicate: true } : undefined;
  }

  async append(input: AppendInput) {
    const earlier = this.commits.get(input.commandId);
    if (earlier) return { ...earlier, duplicate: true };
    const stream = this.streams.get(input.streamId) ?? [];
    if (stream.length !== input.expectedVersion) throw new ConcurrencyConflictError(input.streamId, input.expectedVersion);
    const position = ++this.position;
    const envelopes = input.events.map((event, index): EventEnvelope => {
      registry.assertValid(event.type, event.data);
      return {
        eventId: `${input.commandId}/${index}`,
        type: event.type,
        schemaVersion: 1,
        streamId: input.streamId,
        streamType: input.streamType,
        streamVersion: input.expectedVersion + index + 1,
        position,
        occurredAt: input.metadata.occurredAt,
        recordedAt: input.metadata.occurredAt,
        actor: input.metadata.actor,
        correlationId: input.metadata.correlationId,
        causationId: input.metadata.causationId,
        data: event.data as Record<string, unknown>,
      };
    });
    this.streams.set(input.streamId, [...stream, ...envelopes]);
    const commit = {
      commitId: `${input.streamId}@${input.expectedVersion + 1}`,
      streamId: input.streamId,
      fromVersion: input.expectedVersion + 1,
      toVersion: input.expectedVersion + envelopes.length,
      position,
      events: envelopes,
      subjects: [],
      duplicate: false,
    };
    this.commits.set(input.commandId, commit);
    return commit;
  }

  eventsOf(streamId: string): EventEnvelope[] {
    return this.streams.get(streamId) ?? [];
  }
}

/** Business time of the fixtures: 1 July 2026, 09:00 in Vietnam. */
export const ISSUED_AT = '2026-07-01T02:00:00.000Z';

/** Tả Van under Sa Pa under Lào Cai, as the service's copy of the hierarchy knows them. */
const LINEAGES: Record<string, string[]> = {
  'xa-ta-van': ['xa-ta-van', 'huyen-sa-pa', 'tinh-lao-cai'],
  'huyen-sa-pa': ['huyen-sa-pa', 'tinh-lao-cai'],
  'tinh-lao-cai': ['tinh-lao-cai'],
};

/** A known unit's level, by the first word of its id (`xa-ta-van`: a commune branch). */
const LEVEL_LABELS: Record<string, string> = { tinh: 'Tỉnh đoàn', huyen: 'Huyện đoàn', xa: 'Đoàn xã' };
const levelLabelOf = (unitId: string): string | undefined => LEVEL_LABELS[unitId.split('-')[0] ?? ''];

/**
 * The reporting write side in memory: send commands as an account (`manager-1` unless told),
 * read what the streams hold. `lineages` replaces the hierarchy copy (Tả Van's by default).
 */
export function reportingWorld(lineages: Record<string, string[]> = LINEAGES) {
  const store = new MemoryEventStore();
  const lookups = lookupsFrom(() => store as unknown as MongoEventStore, {
    lineageOf: (unitId) => lineages[unitId] ?? [],
    levelLabelOf: (unitId) => (lineages[unitId] ? levelLabelOf(unitId) : undefined),
    // Each lineage's second unit is the parent: the children are the units it is second in.
    childrenOf: (unitId) => Object.keys(lineages).filter((id) => lineages[id]?.[1] === unitId),
    parentOf: (unitId) => lineages[unitId]?.[1],
  });
  const routes = allReportingRoutes(lookups);
  const runner = new RouteRunner(
    store as unknown as MongoEventStore,
    routes,
    routes.map((route) => route.definition.type),
  );
  let sent = 0;
  const send = (type: string, payload: object, actorId = 'manager-1', occurredAt = ISSUED_AT) =>
    runner.run(
      { commandId: `command-${++sent}`, type, payload },
      { actor: { kind: 'account', id: actorId }, correlationId: 'k', causationId: 'c', occurredAt },
    );
  return { store, lookups, routes, send };
}
