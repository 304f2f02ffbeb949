import type { Admin, Kafka } from 'kafkajs';

export interface TopicOptions {
  partitions: number;
  /** Event topics keep their messages forever: other contexts replay them to (re)build read models. */
  keepForever: boolean;
  /** Otherwise, how long messages are kept (commands and requests can carry personal data: keep them briefly). */
  retentionMs?: number;
}

/** Create topics that do not exist yet (existing topics are left as they are). */
export async function ensureTopics(kafka: Kafka, topics: string[], options: TopicOptions): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic));
    if (missing.length === 0) return;
    const retention = options.keepForever
      ? [
          { name: 'retention.ms', value: '-1' },
          { name: 'retention.bytes', value: '-1' },
        ]
      : options.retentionMs !== undefined
        ? [{ name: 'retention.ms', value: String(options.retentionMs) }]
        : [];
    await admin
      .createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({ topic, numPartitions: options.partitions, configEntries: retention })),
      })
      .catch(async (error: { type?: string }) => {
        // Another instance created it between our list and create.
        if (error.type === 'TOPIC_ALREADY_EXISTS') return;
        // Created, but the broker's metadata does not show it yet (kafkajs gives up waiting for
        // leaders on this answer, seen on a loaded machine): wait for its leaders ourselves.
        if (error.type === 'UNKNOWN_TOPIC_OR_PARTITION') return waitForLeaders(admin, missing, error);
        throw error;
      });
  } finally {
    await admin.disconnect();
  }
}

/** Resolves once every partition of the topics has a leader; rejects with `cause` after about 15 s. */
async function waitForLeaders(admin: Pick<Admin, 'fetchTopicMetadata'>, topics: string[], cause: unknown, attempts = 50, pauseMs = 300): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      const { topics: found } = await admin.fetchTopicMetadata({ topics });
      if (found.length === topics.length && found.every((topic) => topic.partitions.length > 0 && topic.partitions.every((partition) => partition.leader >= 0)))
        return;
    } catch {
      // Not known yet: ask again.
    }
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  throw cause;
}

/** Command, request and reply topics: one hour is ample for a reply and bounds what the log holds. */
export const TRANSIENT_TOPIC_RETENTION_MS = 60 * 60 * 1000;

export const ensureEventTopics = (kafka: Kafka, topics: string[], partitions: number) => ensureTopics(kafka, topics, { partitions, keepForever: true });
