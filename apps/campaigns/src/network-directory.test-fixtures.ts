import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { NETWORK_DIRECTORY_SOURCE_CONTEXT, type NetworkDirectoryKind, networkDirectorySourceStreamId } from '@tn/campaigns-contracts';
import { encodeEvent, ensureEventTopics, eventTopicOf } from '@tn/shared-event-bus';
import type { EventEnvelope } from '@tn/shared-event-contracts';

// Stands in for the network service in integration tests: publishes groups', partners' and
// agreements' events on the network's event topic exactly as its outbox relay does (envelope as
// JSON, keyed by the record's stream id), with everything the network's events carry, not only
// what campaigns reads.

type DirectoryEvent = { type: string; data: Record<string, unknown> };
const today = () => new Date().toISOString().slice(0, 10);

export const groupRegistered = (groupId: string, hostUnitId: string): DirectoryEvent => ({
  type: 'GroupRegistered',
  data: {
    groupId,
    name: `CLB ${groupId}`,
    fields: [],
    areaUnitIds: [hostUnitId],
    size: 20,
    leaderPersonIds: ['person-leader'],
    kind: 'club',
    origin: 'union-founded',
    hostUnitId,
    channel: 'unit',
    registeredBy: 'acc-network',
    registeredOn: today(),
  },
});
export const groupVerified = (groupId: string, hostUnitId: string): DirectoryEvent => ({
  type: 'GroupVerified',
  data: { groupId, hostUnitId, verifiedBy: 'acc-network', verifiedOn: today() },
});
export const groupDissolved = (groupId: string): DirectoryEvent => ({
  type: 'GroupStatusDeclared',
  data: { groupId, status: 'dissolved', reason: 'Giải thể', declaredBy: 'acc-network', declaredOn: today() },
});
export const partnerRegistered = (partnerId: string, ownerUnitId: string): DirectoryEvent => ({
  type: 'PartnerRegistered',
  data: { partnerId, name: `Công ty ${partnerId}`, kind: 'business', countryCode: 'VN', ownerUnitId, registeredBy: 'acc-network', registeredOn: today() },
});
export const agreementSigned = (agreementId: string, partnerId: string, leadUnitId: string, validFrom: string, validTo: string): DirectoryEvent => ({
  type: 'AgreementSigned',
  data: {
    agreementId,
    partnerId,
    title: 'Thỏa thuận hỗ trợ',
    scope: 'Xây dựng nông thôn mới',
    fields: [],
    leadUnitId,
    partyUnitIds: [],
    signedOn: validFrom,
    validFrom,
    validTo,
    commitments: [],
    recordedBy: 'acc-network',
    recordedOn: today(),
  },
});

/** Publishes records' events, numbering each record's stream on from the last version published. */
export function networkDirectoryPublisher(brokers: string[], topicPrefix: string) {
  const kafka = new Kafka({ clientId: 'network-stand-in', brokers, logLevel: logLevel.NOTHING });
  // The relay's partitioner: the service's catch-up looks for a record on the partition it picks.
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
  const topic = eventTopicOf(`${topicPrefix}${NETWORK_DIRECTORY_SOURCE_CONTEXT}`);
  const versions = new Map<string, number>();
  let connected: Promise<void> | undefined;

  const envelopeOf = (kind: NetworkDirectoryKind, streamId: string, event: DirectoryEvent): EventEnvelope => {
    const now = new Date().toISOString();
    const version = (versions.get(streamId) ?? 0) + 1;
    versions.set(streamId, version);
    return {
      eventId: randomUUID(),
      type: event.type,
      schemaVersion: 1,
      streamId,
      streamType: kind,
      streamVersion: version,
      position: Date.now() * 1000 + version,
      occurredAt: now,
      recordedAt: now,
      actor: { kind: 'account', id: 'acc-network' },
      correlationId: randomUUID(),
      causationId: randomUUID(),
      data: event.data,
    };
  };

  return {
    /** Events of one record's stream (`<kind>-<id>`). */
    publish: async (kind: NetworkDirectoryKind, id: string, ...events: DirectoryEvent[]): Promise<void> => {
      connected ??= ensureEventTopics(kafka, [topic], 3).then(() => producer.connect());
      await connected;
      const streamId = networkDirectorySourceStreamId(kind, id);
      await producer.send({ topic, acks: -1, messages: events.map((event) => encodeEvent(envelopeOf(kind, streamId, event))) });
    },
    close: () => producer.disconnect(),
  };
}
