import type { IHeaders, KafkaMessage } from 'kafkajs';

/**
 * A consumed Kafka message as the projector keeps it: enough to park it durably or to
 * dead-letter it and later re-publish it unchanged. The value stays as it came (personal data
 * still encrypted), so nothing parked or dead-lettered escapes crypto-shredding.
 */
export interface CapturedMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

export function headersAsText(headers: IHeaders | undefined): Record<string, string> {
  const text: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const single = Array.isArray(value) ? value[0] : value;
    if (single !== undefined) text[name] = single.toString();
  }
  return text;
}

export const captureMessage = (topic: string, partition: number, message: KafkaMessage): CapturedMessage => ({
  topic,
  partition,
  offset: message.offset,
  key: message.key?.toString() ?? null,
  value: message.value?.toString() ?? null,
  headers: headersAsText(message.headers),
});
