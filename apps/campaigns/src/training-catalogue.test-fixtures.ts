import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { COORDINATION_MODEL_SOURCE_CONTEXT, COORDINATION_MODEL_SOURCE_STREAM_TYPE, coordinationModelSourceStreamId } from '@tn/campaigns-contracts';
import { encodeEvent, ensureEventTopics, eventTopicOf } from '@tn/shared-event-bus';
import type { EventEnvelope } from '@tn/shared-event-contracts';

// Stands in for the training service in integration tests: publishes a coordination model's
// events on training's event topic exactly as its outbox relay does (envelope as JSON, keyed by
// the model's stream id), with everything training's events carry, not only what campaigns reads.

type ModelEvent = { type: string; data: Record<string, unknown> };
const today = () => new Date().toISOString().slice(0, 10);
const factsOf = (modelId: string) => ({ modelId, name: `Mô hình ${modelId}`, curriculumId: 'cur-tot', ownerUnitId: 'lao-cai' });

export const modelDrafted = (modelId: string): ModelEvent => ({
  type: 'CoordinationModelDrafted',
  data: { ...factsOf(modelId), description: 'Phối hợp đoàn viên, dân quân và học sinh', status: 'draft', draftedBy: 'acc-trainer', draftedOn: today() },
});
export const modelPublished = (modelId: string): ModelEvent => ({
  type: 'CoordinationModelPublished',
  data: { ...factsOf(modelId), status: 'published', publishedBy: 'acc-publisher', publishedOn: today() },
});
export const modelRetired = (modelId: string): ModelEvent => ({
  type: 'CoordinationModelRetired',
  data: { ...factsOf(modelId), status: 'retired', reason: 'Thay bằng mô hình mới', retiredBy: 'acc-publisher', retiredOn: today() },
});

/** Publishes models' events, numbering each model's stream on from the last version published. */
export function trainingCataloguePublisher(brokers: string[], topicPrefix: string) {
  const kafka = new Kafka({ clientId: 'training-stand-in', brokers, logLevel: logLevel.NOTHING });
  // The relay's partitioner: the service's catch-up looks for a model on the partition it picks.
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
  const topic = eventTopicOf(`${topicPrefix}${COORDINATION_MODEL_SOURCE_CONTEXT}`);
  const versions = new Map<string, number>();
  let connected: Promise<void> | undefined;

  const envelopeOf = (streamId: string, event: ModelEvent): EventEnvelope => {
    const now = new Date().toISOString();
    const version = (versions.get(streamId) ?? 0) + 1;
    versions.set(streamId, version);
    return {
      eventId: randomUUID(),
      type: event.type,
      schemaVersion: 1,
      streamId,
      streamType: COORDINATION_MODEL_SOURCE_STREAM_TYPE,
      streamVersion: version,
      position: Date.now() * 1000 + version,
      occurredAt: now,
      recordedAt: now,
      actor: { kind: 'account', id: 'acc-publisher' },
      correlationId: randomUUID(),
      causationId: randomUUID(),
      data: event.data,
    };
  };

  return {
    /** Events of one model's stream (`coordination-model-<id>`). */
    publishModel: async (modelId: string, ...events: ModelEvent[]): Promise<void> => {
      connected ??= ensureEventTopics(kafka, [topic], 3).then(() => producer.connect());
      await connected;
      const streamId = coordinationModelSourceStreamId(modelId);
      await producer.send({ topic, acks: -1, messages: events.map((event) => encodeEvent(envelopeOf(streamId, event))) });
    },
    close: () => producer.disconnect(),
  };
}
