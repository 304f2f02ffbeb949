import mongoose, { type Connection, Schema } from 'mongoose';
import { isolatedSuite } from '../harness/isolation';

// Proves the real path: mongoose against the MongoDB-wire server (FerretDB locally).
describe('MongoDB smoke test (real MongoDB-wire server)', () => {
  const suite = isolatedSuite('mongo smoke');
  let connection: Connection;

  const unitSchema = new Schema({
    code: { type: String, required: true, unique: true },
    name: { type: String, required: true },
    flags: { mountainous: Boolean, border: Boolean },
  });

  beforeAll(async () => {
    connection = await mongoose.createConnection(suite.mongoUrl, { dbName: suite.databaseName, autoIndex: false }).asPromise();
  });
  afterAll(async () => {
    await connection.close();
    await suite.cleanUp();
  });

  it('writes, reads back and enforces a unique index', async () => {
    const Unit = connection.model('Unit', unitSchema);
    await Unit.syncIndexes();

    await Unit.create({ code: '10', name: 'Tỉnh đoàn Lào Cai', flags: { mountainous: true, border: true } });
    const found = await Unit.findOne({ code: '10' }).lean();
    expect(found).toMatchObject({ code: '10', name: 'Tỉnh đoàn Lào Cai', flags: { mountainous: true, border: true } });

    await expect(Unit.create({ code: '10', name: 'duplicate' })).rejects.toMatchObject({ code: 11000 });
    expect(await Unit.countDocuments()).toBe(1);

    const indexes = await Unit.collection.indexes();
    expect(indexes.find((index) => index.key['code'] === 1)).toMatchObject({ unique: true });
  });
});
