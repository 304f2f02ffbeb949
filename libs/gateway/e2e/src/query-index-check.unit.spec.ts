import { type DeclaredIndex, filtersOf, type RecordedQuery, shapeOf, unindexedQueries } from './query-index-check';

const declared: DeclaredIndex[] = [
  { collection: 'gw_campaigns_activities', index: { organiserUnitId: 1, startsOn: -1 } },
  { collection: 'gw_campaigns_activities', index: { campaignId: 1 } },
  { collection: 'gw_registry_units', index: { searchText: 1 } },
];
const query = (collection: string, filter: Record<string, unknown>, method = 'find'): RecordedQuery => ({
  collection,
  method,
  filter: shapeOf(filter),
  callers: [],
});
const flagged = (...queries: RecordedQuery[]) => unindexedQueries(queries, declared, { readWhole: ['gw_campaigns_output_measures'] }).map((q) => q.filter);

describe('unindexedQueries', () => {
  it('flags a query on a field no declared index leads with', () => {
    expect(flagged(query('gw_campaigns_activities', { status: 'planned' }))).toEqual([{ status: '?' }]);
  });

  it('flags a query on the second field of a compound index only (not its prefix)', () => {
    expect(flagged(query('gw_campaigns_activities', { startsOn: { $gte: '2025-01-01' } }))).toHaveLength(1);
  });

  it('accepts a query by _id on any collection, declared or not', () => {
    expect(
      flagged(query('gw_core_checkpoints', { _id: 's-1' }, 'findOne'), query('gw_registry_units', { _id: { $in: ['a', 'b'] }, _purges: 0 }, 'updateOne')),
    ).toEqual([]);
  });

  it('accepts a query on the leading field of a compound index, other conditions beside it', () => {
    expect(flagged(query('gw_campaigns_activities', { organiserUnitId: 'u-1', status: 'planned', 'location.flags.border': true }))).toEqual([]);
  });

  it('counts $in, ranges and $regex as served, $ne, $nin and $exists as not', () => {
    expect(
      flagged(query('gw_campaigns_activities', { campaignId: { $in: ['c-1'] } }), query('gw_registry_units', { searchText: { $regex: 'ha noi' } })),
    ).toEqual([]);
    expect(
      flagged(query('gw_campaigns_activities', { campaignId: { $ne: 'c-1' } }), query('gw_campaigns_activities', { campaignId: { $exists: true } })),
    ).toHaveLength(2);
  });

  it('accepts an $or whose every branch is served, or whose surrounding conditions are', () => {
    expect(flagged(query('gw_campaigns_activities', { $or: [{ campaignId: 'c-1' }, { organiserUnitId: 'u-1' }] }))).toEqual([]);
    expect(
      flagged(query('gw_campaigns_activities', { organiserUnitId: 'u-1', $and: [{ $or: [{ endsOn: { $gte: 'x' } }, { proposedOn: { $gte: 'x' } }] }] })),
    ).toEqual([]);
  });

  it('flags an $or with a branch no index serves', () => {
    expect(flagged(query('gw_campaigns_activities', { $or: [{ campaignId: 'c-1' }, { status: 'planned' }] }))).toHaveLength(1);
  });

  it('flags a read of a whole collection unless it is read whole on purpose', () => {
    expect(flagged(query('gw_campaigns_activities', {}), query('gw_campaigns_output_measures', {}))).toEqual([{}]);
  });

  it("judges a rebuild's shadow collection by its read model's indexes", () => {
    expect(flagged(query('gw_campaigns_activities__lq3k2', { campaignId: 'c-1' }))).toEqual([]);
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
});
