import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { encodeEvent, ensureEventTopics, eventTopicOf } from '@tn/shared-event-bus';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import { HIERARCHY_CONTEXT, HIERARCHY_STREAM_ID } from '@tn/shared-unit-hierarchy';

// Stands in for the registry in the training service's integration tests: publishes the events
// the training service keeps a copy of (units, a cadre's position, a volunteer's home unit) on the
// registry's topic as its outbox relay does (the envelope as JSON, keyed by the stream id).

type RegistryEvent = { type: string; data: object };

const flags = { ethnicMinority: true, mountainous: true, border: false, island: false };

export const unitCreated = (unitId: string, parentId: string | null): RegistryEvent => ({
  type: 'UnitCreated',
  data: { unitId, parentId, effectiveFrom: '2025-01-01', nameVi: unitId, organisation: 'union', levelLabel: 'Đoàn', flags },
});

/** A cadre's appointment to a position in a unit (the training service keeps the unit only). */
export const cadreAppointed = (cadreId: string, unitId: string): RegistryEvent => ({
  type: 'CadreAppointed',
  data: { cadreId, positionId: `${cadreId}-position`, unitId, title: 'Báo cáo viên', termStart: '2025-01-01' },
});

/** A volunteer's registration, reduced to what the training service keeps of it (the home unit). */
export const volunteerRegistered = (volunteerId: string, homeUnitId: string): RegistryEvent => ({
  type: 'VolunteerRegistered',
  data: { volunteerId, homeUnitId, registeredOn: '2025-01-01' },
});

/** Publishes the registry's events, numbering each stream's on from the last version published. */
export function registryStandIn(brokers: string[], topicPrefix: string) {
  const kafka = new Kafka({ clientId: 'registry-stand-in', brokers, logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  const topic = eventTopicOf(`${topicPrefix}${HIERARCHY_CONTEXT}`);
  const versions = new Map<string, number>();

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
    await producer.send({ topic, acks: -1, messages: events.map((event) => encodeEvent(envelopeOf(streamId, streamType, event))) });
  };

  return {
    connect: async () => {
      await ensureEventTopics(kafka, [topic], 3);
      await producer.connect();
    },
    hierarchy: (...events: RegistryEvent[]) => send(HIERARCHY_STREAM_ID, 'hierarchy', events),
    cadre: (cadreId: string, ...events: RegistryEvent[]) => send(`cadre-${cadreId}`, 'cadre', events),
    volunteer: (volunteerId: string, ...events: RegistryEvent[]) => send(`volunteer-${volunteerId}`, 'volunteer', events),
    close: () => producer.disconnect(),
  };
}
