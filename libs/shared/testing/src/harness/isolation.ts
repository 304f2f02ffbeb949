import { randomBytes } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import mongoose from 'mongoose';
import { testInfraUrls } from '../infra/infra-urls';

/** Names that keep one suite's data apart from every other suite running at the same time. */
export interface IsolatedSuite {
  kafkaBrokers: string[];
  mongoUrl: string;
  /** Prefix every topic the suite creates with this. */
  topicPrefix: string;
  /** The suite's own database. */
  databaseName: string;
  /** Drop the database and delete the suite's topics. */
  cleanUp(): Promise<void>;
}

export function isolatedSuite(suiteName: string): IsolatedSuite {
  const { kafkaBrokers, mongoUrl } = testInfraUrls();
  const slug = suiteName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 24);
  const unique = `${slug}-${randomBytes(4).toString('hex')}`;
  const brokers = kafkaBrokers.split(',');
  const topicPrefix = `test.${unique}.`;
  const databaseName = `test_${unique.replace(/-/g, '_')}`;
  return {
    kafkaBrokers: brokers,
    mongoUrl,
    topicPrefix,
    databaseName,
    async cleanUp() {
      const connection = await mongoose.createConnection(mongoUrl, { dbName: databaseName }).asPromise();
      try {
        await connection.dropDatabase();
      } finally {
        await connection.close();
      }
      const admin = new Kafka({ brokers, clientId: 'test-cleanup', logLevel: logLevel.NOTHING }).admin();
      await admin.connect();
      try {
        const topics = (await admin.listTopics()).filter((t) => t.startsWith(topicPrefix));
        if (topics.length > 0) await admin.deleteTopics({ topics });
      } finally {
        await admin.disconnect();
      }
    },
  };
}
