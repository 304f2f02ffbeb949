import { Double, Int32, Long, ObjectId, type Document, type IndexDescription } from 'mongodb';
import type { SeededRandom } from './seeded-random';

/** The _ids of the generated documents: ObjectIds, strings (some an ObjectId's hex) and numbers (some beyond 2^53). */
export type CaseId = ObjectId | string | Int32 | Double | Long;
export type CaseDocument = Document & { _id: CaseId };

export interface PushdownCases {
  documents: CaseDocument[];
  filters: Document[];
}

/** The kinds of indexes our services create: single-field, compound, unique single and unique compound. */
export const INDEXES_UNDER_TEST: IndexDescription[] = [
  { key: { tag: 1 } },
  { key: { kind: 1 } },
  { key: { n: -1 } },
  { key: { list: 1 } },
  { key: { ref: 1 } },
  { key: { nested: 1 } },
  { key: { 'nested.k': 1 } },
  { key: { tag: 1, kind: -1 } },
  { key: { list: 1, flag: 1 } },
  { key: { code: 1 }, unique: true },
  { key: { region: 1, seq: 1 }, unique: true },
];

const REGIONS = ['north', 'centre', 'south', 'highlands', 'delta'];
const FIELDS = ['tag', 'kind', 'n', 'list', 'ref', 'nested', 'flag', 'code', 'region', 'seq'] as const;
const DOTTED_PATHS = ['nested.k', 'nested.m.n', 'list.0', 'list.k'];

/**
 * Random documents and filters for the index pushdown spec: shapes where a pushed-down equality
 * (jsonb containment, or "=" on _id) could disagree with FerretDB's own filter. The same generator
 * state gives the same cases.
 */
export function pushdownCases(random: SeededRandom, documentCount: number, filterCount: number): PushdownCases {
  const poolIds = Array.from({ length: 6 }, () => new ObjectId(random.hex(24)));
  const strings = ['red', 'green', 'blue', '', 'a.b', 'nested.k', '7', 'true', 'null', ...poolIds.map((id) => id.toHexString())];
  const numbers = [
    new Int32(0),
    new Int32(1),
    new Int32(2),
    new Int32(7),
    new Int32(-3),
    new Double(2),
    new Double(-0),
    new Double(1.5),
    new Double(7),
    Long.fromNumber(7),
    new Double(2 ** 53),
    Long.fromString('9007199254740993'),
    Long.fromString('9007199254740994'),
    Long.fromString('-9007199254740993'),
    new Double(1e300),
  ];
  const scalars: unknown[] = [...strings, ...numbers, ...poolIds, true, false, null];
  const scalar = () => random.pick(scalars);

  const idPrefix = random.hex(16);
  const bigIdBase = Long.fromString('9007199254740992');
  const unusedPoolIds = [...poolIds];
  const idFor = (i: number): CaseId => {
    switch (random.below(6)) {
      case 0:
      case 1:
        return new ObjectId(idPrefix + i.toString(16).padStart(8, '0'));
      case 2:
        // A string equal to the hex of an ObjectId the data holds elsewhere (never as an _id:
        // FerretDB stores both as the same JSON string, so its _id index would call them duplicates).
        return unusedPoolIds.pop()?.toHexString() ?? `id-${i}`;
      case 3:
        return `id-${i}`;
      case 4:
        return random.chance(0.5) ? new Int32(i) : new Double(i + 0.5);
      default:
        return bigIdBase.add(i);
    }
  };

  const nestedDocument = () => (random.chance(0.8) ? { k: scalar(), m: { n: scalar() } } : { m: { n: scalar() }, k: scalar() });
  // FerretDB 1.x stores no arrays inside arrays; documents inside arrays it does.
  const listOf = () => Array.from({ length: random.below(5) }, () => (random.chance(0.1) ? { k: scalar() } : scalar()));

  const documents: CaseDocument[] = [];
  for (let i = 0; i < documentCount; i++) {
    const doc: CaseDocument = { _id: idFor(i) };
    if (random.chance(0.9)) doc['tag'] = random.pick(strings);
    if (random.chance(0.85)) doc['kind'] = scalar();
    if (random.chance(0.8)) doc['n'] = random.pick(numbers);
    const listShape = random.below(7);
    if (listShape < 5) doc['list'] = listOf();
    else if (listShape === 5) doc['list'] = scalar();
    const refShape = random.below(5);
    if (refShape < 2) doc['ref'] = random.pick(poolIds);
    else if (refShape < 4) doc['ref'] = random.pick(poolIds).toHexString();
    const nestedShape = random.below(10);
    if (nestedShape < 6) doc['nested'] = nestedDocument();
    else if (nestedShape < 8) doc['nested'] = [nestedDocument(), nestedDocument()];
    else if (nestedShape === 8) doc['nested'] = scalar();
    const flagShape = random.below(4);
    if (flagShape < 2) doc['flag'] = flagShape === 0;
    else if (flagShape === 2) doc['flag'] = null;
    // Unique by construction: code alone, and (region, seq) together.
    doc['code'] = `code-${i}`;
    doc['region'] = REGIONS[i % REGIONS.length];
    doc['seq'] = new Int32(Math.floor(i / REGIONS.length));
    documents.push(doc);
  }

  /** A value for the field: mostly one some document holds (or an element of its array), else any scalar. */
  const valueFor = (field: string, source = random.pick(documents)): unknown => {
    if (random.chance(0.2) || !(field in source)) return scalar();
    const value: unknown = source[field];
    if (Array.isArray(value) && value.length > 0 && random.chance(0.85)) return random.pick(value);
    return value;
  };
  const idVariants = (id: CaseId): unknown[] => {
    if (id instanceof ObjectId) return [id, id.toHexString()];
    if (typeof id === 'string') return /^[0-9a-f]{24}$/.test(id) ? [id, new ObjectId(id)] : [id, `${id}-missing`];
    if (id instanceof Int32) return [id, new Double(id.value), Long.fromNumber(id.value)];
    if (id instanceof Double) return [id, new Double(id.value + 0.25)];
    if (id instanceof Long) return [id, new Double(id.toNumber()), id.add(1)];
    return [id];
  };
  const idLookup = () => random.pick(idVariants(random.pick(documents)['_id']));

  const withOperator = (operator: '$eq' | '$ne' | '$in'): Document => {
    const field = random.pick(FIELDS);
    return { [field]: { [operator]: operator === '$in' ? [valueFor(field), valueFor(field), scalar()] : valueFor(field) } };
  };
  const equality = (): Document => {
    const source = random.pick(documents);
    const fields = Array.from({ length: 1 + random.below(3) }, () => random.pick(FIELDS));
    return Object.fromEntries(fields.map((field) => [field, valueFor(field, source)]));
  };
  // Weighted towards what FerretDB pushes down (top-level equality, where the patch acts); the
  // rest read the whole collection, so they are fewer to keep the spec quick.
  const makers: [weight: number, make: () => Document][] = [
    [20, equality],
    [6, () => ({ list: valueFor('list') })],
    [8, () => ({ _id: idLookup() })],
    [2, () => ({ _id: idLookup(), [random.pick(FIELDS)]: valueFor(random.pick(FIELDS)) })],
    [2, () => ({ _id: { $eq: idLookup() } })],
    [4, () => withOperator('$eq')],
    [1, () => withOperator('$ne')],
    [1, () => ({ nested: random.pick(documents)['nested'] ?? nestedDocument() })],
    [1, () => ({ [random.pick(DOTTED_PATHS)]: scalar() })],
    [1, () => withOperator('$in')],
    [1, () => ({ n: { [random.pick(['$gt', '$gte', '$lt', '$lte'])]: random.pick(numbers) } })],
    [2, () => ({ tag: valueFor('tag'), n: { $gte: random.pick(numbers), $lt: random.pick(numbers) } })],
    [1, () => ({ [random.pick(FIELDS)]: random.chance(0.5) ? null : { $exists: random.chance(0.5) } })],
  ];
  const filterMakers = makers.flatMap(([weight, make]) => Array.from({ length: weight }, () => make));
  const filters = Array.from({ length: filterCount }, () => random.pick(filterMakers)());
  return { documents, filters };
}
