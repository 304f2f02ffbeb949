import { randomBytes } from 'node:crypto';
import { BSON, Double, Int32, Long, MongoClient, ObjectId, type Collection as DriverCollection, type Db, type Document } from 'mongodb';
import { testInfraUrls } from '../infra/infra-urls';
import { INDEXES_UNDER_TEST, pushdownCases, type CaseDocument } from './pushdown-cases';
import { SeededRandom, seedFrom } from './seeded-random';

// Our FerretDB patch (deploy/local/ferretdb/postgresql-backend.patch) makes indexes GIN and turns an
// _id equality into "="; it must change which plan runs, never which documents come back.
// The oracle: FerretDB pushes no top-level operator down, so {$and: [filter]} reads the whole
// collection and FerretDB's own filter alone decides. Reading whole collections is what costs
// (FerretDB decodes every document), so the oracle runs on a smaller set than the index comparison.

/** Our documents' _ids are strings, ObjectIds and numbers. */
type Collection = DriverCollection<CaseDocument>;

const SEED = seedFrom(process.env['INDEX_EQUIVALENCE_SEED']);
const INDEXED_DOCUMENTS = 2000;
const INDEXED_FILTERS = 200;
const ORACLE_DOCUMENTS = 400;
const ORACLE_FILTERS = 200;
const WRITE_DOCUMENTS = 250;
const WRITES = 30;
const PLAN_DOCUMENTS = 20_000;

/** The documents and filters of one part of the spec, all from the seed. */
const casesFor = (part: number, documents: number, filters: number) => pushdownCases(new SeededRandom((SEED + part) >>> 0), documents, filters);
const unpushed = (filter: Document): Document => ({ $and: [filter] });
const show = (value: unknown) => BSON.EJSON.stringify(value, { relaxed: false });

/**
 * The _ids of the documents a filter finds, as sorted canonical Extended JSON (types included), or
 * the error code it raises. Both collections hold the same documents (checked once), so _ids say which.
 */
async function idsFound(collection: Collection, filter: Document): Promise<string[]> {
  try {
    const docs = await collection.find(filter, { projection: { _id: 1 }, promoteValues: false }).toArray();
    return docs.map((doc) => show(doc['_id'])).sort();
  } catch (error) {
    return [`error ${(error as { code?: unknown }).code ?? String(error)}`];
  }
}

const everything = async (collection: Collection) => (await collection.find({}, { promoteValues: false }).toArray()).map(show).sort();
const finds = (ids: string[]) => ids.length > 0 && !ids[0]?.startsWith('error');

function difference(expected: string[], actual: string[]): string {
  const missing = expected.filter((doc) => !actual.includes(doc));
  const extra = actual.filter((doc) => !expected.includes(doc));
  return `${expected.length} expected, ${actual.length} found; missing ${missing.slice(0, 3).join(' ')}; extra ${extra.slice(0, 3).join(' ')}`;
}

/** FerretDB's explain: PostgreSQL's plan as queryPlanner, and whether a WHERE clause reached the backend. */
async function explained(collection: Collection, filter: Document): Promise<Document | undefined> {
  return collection
    .find(filter)
    .explain()
    .catch(() => undefined);
}
const pushedDown = (explain: Document | undefined) => explain?.['filterPushdown'] !== false;

/**
 * Where upstream FerretDB 1.24's pushdown loses documents, with or without our patch (the oracle
 * cannot hold it to FerretDB's own filter there; with and without indexes must still agree):
 * - an equality on a number below -(2^53 - 1) goes down as "< -(2^53 - 1)" on the jsonb value,
 *   false for an array holding that number (jsonb sorts arrays above numbers);
 * - updates and deletes (not finds) push dotted paths down as #> paths, which do not reach into arrays.
 */
function upstreamLoses(filter: Document, operation: 'find' | 'write'): boolean {
  const belowSafeRange = (value: unknown) =>
    (typeof value === 'number' || value instanceof Double || value instanceof Long) && Number(value) < -Number.MAX_SAFE_INTEGER;
  return Object.entries(filter).some(
    ([key, value]) => belowSafeRange(value) || belowSafeRange((value as { $eq?: unknown } | null)?.$eq) || (operation === 'write' && key.includes('.')),
  );
}

/** Every node of a PostgreSQL plan. */
interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Filter?: string;
  Plans?: PlanNode[];
}
const planNodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(planNodes)];
const postgresPlanOf = (explain: Document | undefined): PlanNode | undefined => {
  const plan = (explain?.['queryPlanner'] as { Plan?: PlanNode } | undefined)?.Plan;
  return typeof plan?.['Node Type'] === 'string' ? plan : undefined;
};
const isFerretdb = (explain: Document) => (explain['serverInfo'] as { ferretdbVersion?: string } | undefined)?.ferretdbVersion !== undefined;
const usesAnIndex = (plan: PlanNode) => planNodes(plan).some((node) => node['Index Name'] !== undefined);

describe('FerretDB index pushdown (our PostgreSQL indexes patch)', () => {
  let client: MongoClient;
  let db: Db;

  async function collectionPair(name: string, documents: CaseDocument[]): Promise<[plain: Collection, indexed: Collection]> {
    const plain = db.collection<CaseDocument>(`${name}_plain`);
    const indexed = db.collection<CaseDocument>(`${name}_indexed`);
    await indexed.createIndexes(INDEXES_UNDER_TEST);
    await plain.insertMany(documents.map((doc) => ({ ...doc })));
    await indexed.insertMany(documents.map((doc) => ({ ...doc })));
    expect(await everything(indexed)).toEqual(await everything(plain));
    return [plain, indexed];
  }

  const failWith = (lines: string[]) => expect(lines.map((line) => `seed ${SEED}: ${line}`)).toEqual([]);

  beforeAll(async () => {
    console.log(`index pushdown seed ${SEED} (replay with INDEX_EQUIVALENCE_SEED=${SEED})`);
    // A bounded wait per operation: a stuck server fails the spec instead of holding Jest open.
    client = await MongoClient.connect(testInfraUrls().mongoUrl, { socketTimeoutMS: 100_000 });
    db = client.db(`test_index_pushdown_${randomBytes(4).toString('hex')}`);
  });

  afterAll(async () => {
    try {
      await db?.dropDatabase();
    } finally {
      await client?.close();
    }
  }, 120_000);

  it('finds the same documents with and without secondary indexes', async () => {
    const { documents, filters } = casesFor(0, INDEXED_DOCUMENTS, INDEXED_FILTERS);
    const [plain, indexed] = await collectionPair('indexes', documents);
    const disagreements: string[] = [];
    let compared = 0;
    let matching = 0;
    let onAnIndex = 0;
    let onPostgres = false;
    for (const filter of filters) {
      const explain = await explained(indexed, filter);
      // No condition reached the backend: both collections are read whole and filtered alike (the
      // oracle test below compares those).
      if (!pushedDown(explain)) continue;
      const [withoutIndexes, withIndexes] = await Promise.all([idsFound(plain, filter), idsFound(indexed, filter)]);
      compared++;
      if (finds(withoutIndexes)) matching++;
      if (show(withIndexes) !== show(withoutIndexes)) disagreements.push(`${show(filter)} with indexes: ${difference(withoutIndexes, withIndexes)}`);
      const plan = postgresPlanOf(explain);
      onPostgres ||= plan !== undefined;
      if (plan && usesAnIndex(plan)) onAnIndex++;
    }

    console.log(
      `index pushdown: ${compared} of ${filters.length} filters pushed down over ${documents.length} documents, ` +
        `${matching} finding some, ${onAnIndex} on an index scan`,
    );
    failWith(disagreements);
    // Not vacuous: the filters find documents, and on PostgreSQL many of them through the indexes.
    expect(matching).toBeGreaterThan(compared / 3);
    if (onPostgres) expect(onAnIndex).toBeGreaterThan(compared / 3);
  }, 120_000);

  it('finds what FerretDB finds without pushdown, with and without secondary indexes', async () => {
    const { documents, filters } = casesFor(2, ORACLE_DOCUMENTS, ORACLE_FILTERS);
    const [plain, indexed] = await collectionPair('oracle', documents);
    const disagreements: string[] = [];
    let matching = 0;
    let checked = 0;
    let upstreamGaps = 0;
    let onPostgres = false;
    for (const filter of filters) {
      const [withoutIndexes, withIndexes, explain] = await Promise.all([idsFound(plain, filter), idsFound(indexed, filter), explained(indexed, filter)]);
      onPostgres ||= postgresPlanOf(explain) !== undefined;
      if (finds(withoutIndexes)) matching++;
      if (show(withIndexes) !== show(withoutIndexes)) disagreements.push(`${show(filter)} with indexes: ${difference(withoutIndexes, withIndexes)}`);
      // A filter nothing of which was pushed down is its own oracle.
      if (!pushedDown(explain)) continue;
      if (upstreamLoses(filter, 'find')) {
        upstreamGaps++;
        continue;
      }
      checked++;
      const expected = await idsFound(plain, unpushed(filter));
      if (show(withoutIndexes) !== show(expected)) disagreements.push(`${show(filter)} against the oracle: ${difference(expected, withoutIndexes)}`);
    }

    console.log(
      `index pushdown: ${filters.length} filters over ${documents.length} documents, ${checked} pushed down and checked against the oracle ` +
        `(${upstreamGaps} left to upstream's known gaps), ${matching} finding some`,
    );
    failWith(disagreements);
    expect(matching).toBeGreaterThan(filters.length / 3);
    // On PostgreSQL most filters go down; on SQLite only those on _id alone.
    expect(checked).toBeGreaterThan(onPostgres ? filters.length / 3 : 0);
  }, 120_000);

  it('updates or deletes exactly one document the filter matches, with and without secondary indexes', async () => {
    const { documents, filters } = casesFor(1, WRITE_DOCUMENTS, WRITES);
    const [plain, indexed] = await collectionPair('writes', documents);
    const tags = ['red', 'green', 'rewritten'];
    const failures: string[] = [];
    let acted = 0;

    // Which document "one" is depends on the plan's row order, so each collection is held to its
    // own oracle: one document of the filter's matches, none when it matches none (or, where
    // upstream's pushdown loses documents, possibly none).
    for (const [step, filter] of filters.entries()) {
      const mayMiss = upstreamLoses(filter, 'write');
      for (const collection of [plain, indexed]) {
        const before = await idsFound(collection, unpushed(filter));
        const expected = Math.min(1, before.length);
        const counted = (count: number) => count === expected || (mayMiss && count === 0);
        let acting: number;
        if (step % 2 === 0) {
          const mark = new Int32(step);
          acting = (await collection.updateOne(filter, { $set: { touched: mark, tag: tags[step % tags.length] } })).matchedCount;
          const touched = await idsFound(collection, { touched: mark });
          if (!counted(acting) || touched.length !== acting || !touched.every((id) => before.includes(id))) {
            failures.push(
              `updateOne ${show(filter)} on ${collection.collectionName}: matched ${acting}, touched ${touched.join(' ')}; ${before.length} matches`,
            );
          }
        } else {
          acting = (await collection.deleteOne(filter)).deletedCount;
          const after = await idsFound(collection, unpushed(filter));
          if (!counted(acting) || after.length !== before.length - acting || !after.every((id) => before.includes(id))) {
            failures.push(
              `deleteOne ${show(filter)} on ${collection.collectionName}: deleted ${acting}, ${before.length} matches before, ${after.length} after`,
            );
          }
        }
        acted += acting;
      }
    }

    // The indexes follow the writes: the pushed-down filters still agree with the oracle afterwards.
    for (const filter of filters) {
      if (!pushedDown(await explained(indexed, filter)) || upstreamLoses(filter, 'find')) continue;
      const [expected, actual] = await Promise.all([idsFound(indexed, unpushed(filter)), idsFound(indexed, filter)]);
      if (show(actual) !== show(expected)) failures.push(`${show(filter)} after the writes, with indexes: ${difference(expected, actual)}`);
    }

    console.log(`index pushdown: ${filters.length} updateOne/deleteOne over ${documents.length} documents in each collection, ${acted} acting on one`);
    failWith(failures);
    expect(acted).toBeGreaterThan(filters.length / 2);
  }, 120_000);

  describe('on the PostgreSQL backend', () => {
    let collection: Collection;
    const objectIds = Array.from({ length: PLAN_DOCUMENTS }, () => new ObjectId());

    beforeAll(async () => {
      collection = db.collection<CaseDocument>('plans');
      await collection.insertMany(
        objectIds.map((objectId, i) => ({
          _id: i % 2 === 0 ? objectId : `p-${i}`,
          label: `l${i % 1000}`,
          labels: [`x${i % 500}`, `y${i % 300}`],
          a: `a${i % 100}`,
          b: new Int32(i % 50),
          code: `code-${i}`,
        })),
      );
      await collection.createIndexes([{ key: { label: 1 } }, { key: { labels: 1 } }, { key: { a: 1, b: -1 } }, { key: { code: 1 }, unique: true }]);
    }, 60_000);

    /**
     * The plan of a filter, or undefined when the server is not FerretDB on PostgreSQL. FerretDB is
     * expected on PostgreSQL unless TN_MONGO_BACKEND says otherwise, so a missing plan fails there.
     */
    async function planOf(filter: Document): Promise<PlanNode | undefined> {
      const explain = await collection.find(filter).explain();
      const plan = postgresPlanOf(explain);
      if (!plan && isFerretdb(explain) && (process.env['TN_MONGO_BACKEND'] ?? 'postgresql') === 'postgresql') {
        throw new Error(`expected PostgreSQL's plan (set TN_MONGO_BACKEND if FerretDB runs on another backend), got ${show(explain['queryPlanner'])}`);
      }
      if (!plan) console.log(`plan of ${show(filter)}: not asserted, the server is not FerretDB on PostgreSQL`);
      return plan;
    }

    async function expectIndexScan(filter: Document, nodeType: string, index: (node: PlanNode) => boolean): Promise<PlanNode | undefined> {
      const plan = await planOf(filter);
      if (!plan) return undefined;
      const nodes = planNodes(plan);
      const described = nodes.map((node) => `${node['Node Type']} ${node['Index Name'] ?? ''} ${node['Index Cond'] ?? ''}`.trim()).join(' > ');
      console.log(`plan of ${show(filter)}: ${described}`);
      const scan = nodes.find((node) => node['Node Type'] === nodeType && index(node));
      if (!scan) throw new Error(`no ${nodeType} on the expected index for ${show(filter)}; the plan: ${described}`);
      expect(nodes.map((node) => node['Node Type'])).not.toContain('Seq Scan');
      return scan;
    }

    const onField =
      (...fields: string[]) =>
      (node: PlanNode) =>
        fields.every((field) => node['Index Cond']?.includes(`-> '${field}'::text) @>`));

    it('serves a single-field equality, on a scalar and on an array field, from its GIN index', async () => {
      const scalar = await expectIndexScan({ label: 'l42' }, 'Bitmap Index Scan', onField('label'));
      const array = await expectIndexScan({ labels: 'x7' }, 'Bitmap Index Scan', onField('labels'));
      for (const scan of [scalar, array]) if (scan) expect(scan['Index Name']).toMatch(/_idx$/);
      expect(await collection.countDocuments({ label: 'l42' })).toBe(PLAN_DOCUMENTS / 1000);
      expect(await collection.countDocuments({ labels: 'x7' })).toBe(PLAN_DOCUMENTS / 500);
    });

    it('serves an equality on the fields of a compound index from it, leading field or not', async () => {
      await expectIndexScan({ a: 'a5', b: 5 }, 'Bitmap Index Scan', onField('a', 'b'));
      await expectIndexScan({ b: 5 }, 'Bitmap Index Scan', onField('b'));
      expect(await collection.countDocuments({ a: 'a5', b: 5 })).toBe(PLAN_DOCUMENTS / 100);
    });

    it('serves an _id equality, string or ObjectId, with "=" on the _id index', async () => {
      const onId = (node: PlanNode) => node['Index Cond']?.includes(`-> '_id'::text) =`) === true;
      await expectIndexScan({ _id: 'p-1' }, 'Index Scan', onId);
      await expectIndexScan({ _id: objectIds[0] }, 'Index Scan', onId);
      expect(await collection.find({ _id: objectIds[0] }).toArray()).toEqual([expect.objectContaining({ code: 'code-0' })]);
      expect(await collection.find({ _id: objectIds[0]?.toHexString() }).toArray()).toEqual([]);
    });

    it('serves an equality on a unique field from the GIN companion of its btree', async () => {
      const scan = await expectIndexScan({ code: 'code-77' }, 'Bitmap Index Scan', onField('code'));
      if (scan) expect(scan['Index Name']).toMatch(/_gin$/);
    });

    it('evaluates the oracle ({$and: [filter]}) in FerretDB, reading the whole collection', async () => {
      const explain = await collection.find(unpushed({ label: 'l42' })).explain();
      if (!isFerretdb(explain)) return;
      expect(explain['filterPushdown']).toBe(false);
      const plan = postgresPlanOf(explain);
      if (plan) expect(planNodes(plan)).toEqual([expect.not.objectContaining({ Filter: expect.anything() })]);
    });
  });
});
