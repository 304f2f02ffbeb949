import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { encodeEvent, ensureEventTopics, eventTopicOf } from '@tn/shared-event-bus';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import { HIERARCHY_CONTEXT, HIERARCHY_STREAM_ID, type HierarchyEvent } from '@tn/shared-unit-hierarchy';

// Stands in for the registry in integration tests: publishes its hierarchy and account events on
// its event topic exactly as its outbox relay does (envelope as JSON, keyed by the stream id).

const flags = { ethnicMinority: true, mountainous: true, border: false, island: false };

export const unitCreated = (unitId: string, parentId: string | null, effectiveFrom = '2025-01-01'): HierarchyEvent => ({
  type: 'UnitCreated',
  data: { unitId, parentId, effectiveFrom, nameVi: unitId, organisation: 'union', levelLabel: 'Đoàn', flags },
});

type RegistryEvent = { type: string; data: object };

/** A cadre's appointment to a position in a unit (what the campaigns service keeps of it: the unit). */
export const cadreAppointed = (cadreId: string, unitId: string, positionId = `${cadreId}-position`): RegistryEvent => ({
  type: 'CadreAppointed',
  data: { cadreId, positionId, unitId, title: 'Bí thư', termStart: '2025-01-01' },
});

/** A volunteer's registration, reduced to what the campaigns service keeps of it (the home unit): no personal data. */
export const volunteerRegistered = (volunteerId: string, homeUnitId: string): RegistryEvent => ({
  type: 'VolunteerRegistered',
  data: { volunteerId, homeUnitId, registeredOn: '2025-01-01' },
});

/** Publishes the registry's events, numbering each stream's on from the last version published. */
export function registryHierarchyPublisher(brokers: string[], topicPrefix: string) {
  const kafka = new Kafka({ clientId: 'registry-stand-in', brokers, logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  const topic = eventTopicOf(`${topicPrefix}${HIERARCHY_CONTEXT}`);
  const versions = new Map<string, number>();
  let connected: Promise<void> | undefined;

  const envelopeOf = (streamId: string, streamType: string, event: RegistryEvent): EventEnvelope => {
    const now = new Date().toISOString();
    const version = (versions.get(streamId) ?? 0) + 1;
    versions.set(streamId, version);
    return {
      eventId: randomUUID(),
      type: event.type,
      schemaVersion: 1,
      streamId,
      streamType,
      streamVersion: version,
      position: Date.now() * 1000 + version,
      occurredAt: now,
      recordedAt: now,
      actor: { kind: 'account', id: 'registry-admin' },
      correlationId: randomUUID(),
      causationId: randomUUID(),
      data: event.data as Record<string, unknown>,
    };
  };

  const send = async (streamId: string, streamType: string, events: RegistryEvent[]): Promise<void> => {
    connected ??= ensureEventTopics(kafka, [topic], 3).then(() => producer.connect());
    await connected;
    await producer.send({ topic, acks: -1, messages: events.map((event) => encodeEvent(envelopeOf(streamId, streamType, event))) });
  };

  return {
    /** Events of the hierarchy stream. */
    publish: (...events: HierarchyEvent[]) => send(HIERARCHY_STREAM_ID, 'hierarchy', events),
    /** Events of one account's stream (`account-<id>`). */
    publishAccount: (accountId: string, ...events: RegistryEvent[]) => send(`account-${accountId}`, 'account', events),
    /** Events of one cadre's stream (`cadre-<id>`). */
    publishCadre: (cadreId: string, ...events: RegistryEvent[]) => send(`cadre-${cadreId}`, 'cadre', events),
    /** Events of one volunteer's stream (`volunteer-<id>`). */
    publishVolunteer: (volunteerId: string, ...events: RegistryEvent[]) => send(`volunteer-${volunteerId}`, 'volunteer', events),
    close: () => producer.disconnect(),
  };
}
