import { MongoClient } from 'mongodb';
import { isolatedSuite } from '../harness/isolation';

// FerretDB 1.24 kept an update's read query (and its PostgreSQL connection) open while the write
// took a second connection: once its pool's 50 connections were all held by such reads, the
// updates waited on each other for ever and the whole server stopped answering (1,000 concurrent
// updates did it every time on FerretDB 1.24.2 on PostgreSQL). Our patch closes the read first.
describe('many concurrent updates on the MongoDB-wire server', () => {
  const suite = isolatedSuite('concurrent updates');

  afterAll(() => suite.cleanUp());

  it('all complete (1,000 at once: updateOne, replaceOne and findOneAndUpdate)', async () => {
    const client = await MongoClient.connect(suite.mongoUrl, { maxPoolSize: 1000 });
    try {
      const documents = client.db(suite.databaseName).collection<{ _id: string; n: number; pad: string }>('counters');
      await documents.insertMany(Array.from({ length: 1000 }, (_, i) => ({ _id: `c-${i}`, n: 0, pad: 'x'.repeat(2000) })));
      const started = Date.now();
      await Promise.all(
        Array.from({ length: 1000 }, (_, i) => {
          const _id = `c-${i}`;
          if (i % 3 === 0) return documents.updateOne({ _id }, { $inc: { n: 1 } });
          if (i % 3 === 1) return documents.replaceOne({ _id }, { n: 1, pad: '' });
          return documents.findOneAndUpdate({ _id }, { $set: { n: 1 } });
        }),
      );
      expect(Date.now() - started).toBeLessThan(30_000);
      expect(await documents.countDocuments({ n: 1 })).toBe(1000);
    } finally {
      await client.close();
    }
  }, 60_000);
});
