import { type DeclaredIndex, describeQueries, filtersOf, type RecordedQuery, shapeOf, unindexedQueries } from './query-index-check';

const declared: DeclaredIndex[] = [
  { collection: 'gw_campaigns_activities', index: { organiserUnitId: 1, startsOn: -1 } },
  { collection: 'gw_campaigns_activities', index: { campaignId: 1 } },
  { collection: 'gw_registry_units', index: { searchTokens: 1 } },
];
const query = (collection: string, filter: Record<string, unknown>, method = 'find'): RecordedQuery => ({
  collection,
  method,
  filter: shapeOf(filter),
  callers: [],
});
const check = (...queries: RecordedQuery[]) => unindexedQueries(queries, declared, { readWhole: ['gw_campaigns_output_measures'] });
const flagged = (...queries: RecordedQuery[]) => check(...queries).map((q) => q.filter);

describe('unindexedQueries', () => {
  it('flags a query on a field no declared index leads with', () => {
    expect(flagged(query('gw_campaigns_activities', { status: 'planned' }))).toEqual([{ status: '?' }]);
  });

  it('flags a query on the second field of a compound index only (not its prefix)', () => {
    expect(flagged(query('gw_campaigns_activities', { startsOn: '2025-01-01' }))).toHaveLength(1);
  });

  it('accepts an equality on _id on any collection, declared or not, with conditions beside it', () => {
    const guard = { _id: 'u-1', '_versions.hierarchy-national': 3, _purges: { $exists: false } };
    expect(flagged(query('gw_core_checkpoints', { _id: 's-1' }, 'findOne'), query('gw_registry_units', guard, 'replaceOne'))).toEqual([]);
  });

  it("accepts an indexed equality with anything beside it: the store evaluates the rest over that equality's few documents", () => {
    const unitActivities = {
      organiserUnitId: 'u-1',
      status: 'planned',
      'location.flags.border': true,
      $and: [{ $or: [{ endsOn: { $gte: '2025-01-01' } }, { endsOn: { $exists: false }, proposedOn: { $gte: '2025-01-01' } }] }],
    };
    const search = { searchTokens: 'lao', searchText: { $regex: 'lao cai' } };
    expect(flagged(query('gw_campaigns_activities', unitActivities), query('gw_registry_units', search))).toEqual([]);
  });

  it('flags $in and $nin, on _id or beside an indexed equality too: several values are read one equality query each', () => {
    const queries = [
      query('gw_campaigns_activities', { campaignId: { $in: ['c-1', 'c-2'] } }),
      query('gw_registry_units', { _id: { $in: ['a', 'b'] } }, 'updateOne'),
      query('gw_campaigns_activities', { organiserUnitId: 'u-1', status: { $nin: ['cancelled'] } }),
      query('gw_campaigns_activities', { organiserUnitId: 'u-1', $or: [{ campaignId: { $in: ['c-1'] } }, { status: 'planned' }] }),
    ];
    expect(check(...queries).map((q) => q.reason)).toEqual([
      expect.stringContaining('$in'),
      expect.stringContaining('$in'),
      expect.stringContaining('$nin'),
      expect.stringContaining('$in'),
    ]);
  });

  it('flags $regex, ranges, $or, $exists and dotted paths without an indexed equality beside them', () => {
    expect(
      flagged(
        query('gw_registry_units', { searchText: { $regex: 'ha noi' } }),
        query('gw_registry_units', { searchTokens: /ha noi/ }),
        query('gw_campaigns_activities', { organiserUnitId: { $gte: 'u' } }),
        query('gw_campaigns_activities', { $or: [{ campaignId: 'c-1' }, { organiserUnitId: 'u-1' }] }),
        query('gw_campaigns_activities', { campaignId: { $exists: true } }),
        query('gw_campaigns_activities', { 'campaignId.id': 'c-1' }),
      ),
    ).toHaveLength(6);
  });

  it('counts only top-level equalities with a plain value: not one inside $and, nor null or a list, which the store does not hand to an index', () => {
    expect(
      flagged(
        query('gw_campaigns_activities', { $and: [{ organiserUnitId: 'u-1' }] }),
        query('gw_campaigns_activities', { campaignId: null }),
        query('gw_campaigns_activities', { campaignId: ['c-1'] }),
        query('gw_campaigns_activities', { campaignId: { id: 'c-1' } }),
      ),
    ).toEqual([{ $and: [{ organiserUnitId: '?' }] }, { campaignId: 'null' }, { campaignId: '[?]' }, { campaignId: '{?}' }]);
  });

  it('flags a read of a whole collection unless it is read whole on purpose', () => {
    expect(check(query('gw_campaigns_activities', {}), query('gw_campaigns_output_measures', {}))).toEqual([
      expect.objectContaining({ filter: {}, reason: 'reads the whole collection' }),
    ]);
  });

  it("judges a rebuild's shadow collection by its read model's indexes", () => {
    expect(flagged(query('gw_campaigns_activities__lq3k2', { campaignId: 'c-1' }))).toEqual([]);
  });

  it('says why in the report, beside the callers', () => {
    const unserved = check({ ...query('gw_registry_units', { searchText: { $regex: 'x' } }), callers: ['UnitDirectory.search (libs/x.ts:1)'] });
    expect(describeQueries(unserved)).toBe(
      'gw_registry_units.find({"searchText":{"$regex":"?"}}) (no top-level equality on _id or on an indexed field beside its other conditions: every document is read) from UnitDirectory.search (libs/x.ts:1)',
    );
  });
});

describe('filtersOf', () => {
  it('finds the filter of reads, writes, aggregations and bulk writes, none in an insert', () => {
    expect(filtersOf('find', [])).toEqual([{}]);
    expect(filtersOf('updateMany', [{ a: 1 }, { $set: { b: 2 } }])).toEqual([{ a: 1 }]);
    expect(filtersOf('distinct', ['a', { b: 1 }])).toEqual([{ b: 1 }]);
    expect(filtersOf('aggregate', [[{ $match: { a: 1 } }, { $group: { _id: '$b' } }]])).toEqual([{ a: 1 }]);
    expect(filtersOf('aggregate', [[{ $group: { _id: '$b' } }]])).toEqual([{}]);
    expect(filtersOf('bulkWrite', [[{ updateOne: { filter: { a: 1 }, update: {} } }, { insertOne: { document: {} } }]])).toEqual([{ a: 1 }]);
    expect(filtersOf('insertOne', [{ a: 1 }])).toEqual([]);
  });
});

describe('shapeOf', () => {
  it('keeps fields and operators, never values', () => {
    expect(shapeOf({ homeUnitIds: { $in: ['u-1'] }, fullName: 'Nguyễn Văn A', $or: [{ a: { $elemMatch: { b: 1 } } }] })).toEqual({
      homeUnitIds: { $in: '?' },
      fullName: '?',
      $or: [{ a: { $elemMatch: { b: '?' } } }],
    });
  });

  it("keeps a value's kind where the store would not push an equality on it down: null, a list, a sub-document, a regular expression", () => {
    expect(shapeOf({ a: null, b: ['x'], c: { d: 'x' }, e: /x/, f: new Date(0), g: 3 })).toEqual({
      a: 'null',
      b: '[?]',
      c: '{?}',
      e: { $regex: '?' },
      f: '?',
      g: '?',
    });
  });
});
