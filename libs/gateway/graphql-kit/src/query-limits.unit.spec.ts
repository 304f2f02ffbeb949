import { ApolloServer, HeaderMap } from '@apollo/server';
import { buildSchema, parse, validate } from 'graphql';
import { complexityLimitRule, depthLimitRule, queryLimitsPlugin } from './query-limits';

const typeDefs = `
  type Query {
    units(first: Int, limit: Int): [Unit!]!
    unit(id: ID!): Unit
    unitPage(first: Int): UnitPage!
    tags: [String!]!
    search(text: String!): [SearchResult!]!
  }
  type Unit { id: ID! name: String! parent: Unit children(first: Int): [Unit!]! members(limit: Int): [Member!]! }
  type Member { name: String! }
  type UnitPage { edges: [UnitEdge!]! nodes: [Unit!]! pageInfo: PageInfo! totalCount: Int }
  type UnitEdge { cursor: String! node: Unit! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  union SearchResult = Unit | Member
`;
const schema = buildSchema(typeDefs);
const codesOf = (query: string, rule: Parameters<typeof validate>[2]) => validate(schema, parse(query), rule).map((error) => error.extensions['code']);
const costOf = (query: string, variables: Record<string, unknown> = {}) => {
  const [error] = validate(schema, parse(query), [complexityLimitRule(0, { defaultListSize: 20, getVariables: () => variables })]);
  return error?.extensions['actual'];
};

const fiveDeep = '{ unit(id: "1") { parent { parent { parent { id } } } } }';

describe('depthLimitRule', () => {
  it('refuses a 5-deep query at 4 and accepts it at 5', () => {
    expect(codesOf(fiveDeep, [depthLimitRule(4)])).toEqual(['QUERY_TOO_DEEP']);
    expect(codesOf(fiveDeep, [depthLimitRule(5)])).toEqual([]);
  });

  it('follows fragments, nested ones included', () => {
    const query = `
      { unit(id: "1") { ...Up } }
      fragment Up on Unit { parent { ... on Unit { parent { ...Top } } } }
      fragment Top on Unit { parent { id } }`;
    expect(codesOf(query, [depthLimitRule(4)])).toEqual(['QUERY_TOO_DEEP']);
  });

  it('reports the limit and the actual depth in the message', () => {
    const [error] = validate(schema, parse(fiveDeep), [depthLimitRule(4, { language: 'en' })]);
    expect(error.message).toBe('The query is nested too deeply (at most 4 levels, this one has 5).');
  });

  it('lets introspection nest freely only when allowed', () => {
    const introspection = '{ __schema { types { fields { type { ofType { name } } } } } }';
    expect(codesOf(introspection, [depthLimitRule(4)])).toEqual(['QUERY_TOO_DEEP']);
    expect(codesOf(introspection, [depthLimitRule(4, { allowIntrospection: true })])).toEqual([]);
  });
});

describe('complexityLimitRule', () => {
  it('multiplies a first: 100 list under a first: 50 list', () => {
    expect(costOf('{ units(first: 50) { children(first: 100) { id } } }')).toBe(1 + 50 * (1 + 100 * 1));
    expect(codesOf('{ units(first: 50) { children(first: 100) { id } } }', [complexityLimitRule(5000, { defaultListSize: 20 })])).toEqual([
      'QUERY_TOO_COMPLEX',
    ]);
  });

  it('reads page sizes from variables, falling back to declared defaults', () => {
    expect(costOf('query ($n: Int) { units(first: $n) { id } }', { n: 30 })).toBe(31);
    expect(costOf('query ($n: Int = 7) { units(limit: $n) { id } }')).toBe(8);
    expect(costOf('query ($n: Int = 7) { units(limit: $n) { id } }', { n: 2 })).toBe(3);
  });

  it('counts a list without a size argument as defaultListSize items', () => {
    expect(costOf('{ units { id name } }')).toBe(1 + 20 * 2);
    expect(costOf('{ unit(id: "1") { members(limit: 5) { name } } }')).toBe(1 + 1 + 5);
  });

  it("applies a connection's first to its edges and nodes, once", () => {
    const query = '{ unitPage(first: 10) { edges { cursor node { id } } nodes { id } pageInfo { hasNextPage } totalCount } }';
    expect(costOf(query)).toBe(1 + (1 + 10 * (1 + 2)) + (1 + 10 * 1) + 2 + 1);
  });

  it('costs fragments like the selections they stand for, unions included', () => {
    const inline = '{ units(first: 3) { id children(first: 2) { name } } }';
    const spread = '{ units(first: 3) { ...U } } fragment U on Unit { id children(first: 2) { name } }';
    expect(costOf(spread)).toBe(costOf(inline));
    expect(costOf('{ search(text: "x") { ... on Unit { id } ... on Member { name } } }')).toBe(1 + 20 * 2);
  });

  it('accepts an operation at exactly the limit', () => {
    expect(codesOf('{ units(first: 4) { id } }', [complexityLimitRule(5, { defaultListSize: 20 })])).toEqual([]);
  });
});

describe('queryLimitsPlugin', () => {
  const server = new ApolloServer({
    typeDefs,
    resolvers: { Query: { units: () => [{ id: '1', name: 'Tỉnh đoàn Lào Cai', children: [], members: [] }] } },
    plugins: [queryLimitsPlugin({ maxDepth: 4, maxCost: 1000, defaultListSize: 20 })],
  });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  const run = async (query: string, variables: Record<string, unknown>, acceptLanguage: string) => {
    const http = { method: 'POST', headers: new HeaderMap([['accept-language', acceptLanguage]]), search: '', body: {} };
    const response = await server.executeOperation({ query, variables, http });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status, ...response.body.singleResult };
  };

  it("refuses a query too costly with the request's variables, in the request's language, with 400", async () => {
    const query = 'query ($n: Int, $m: Int) { units(first: $n) { children(first: $m) { id } } }';
    const refused = await run(query, { n: 50, m: 100 }, 'en-US,en;q=0.9');
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', kind: 'validation', max: 1000, actual: 5051 });
    expect(refused.errors?.[0].message).toContain('too complex');

    const accepted = await run(query, { n: 2, m: 3 }, 'vi');
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data).toEqual({ units: [{ children: [] }] });
  });

  it('refuses a query too deep, in Vietnamese by default', async () => {
    const refused = await run('{ units(first: 1) { parent { parent { parent { parent { id } } } } } }', {}, 'fr');
    expect(refused.errors?.[0].extensions?.['code']).toBe('QUERY_TOO_DEEP');
    expect(refused.errors?.[0].message).toBe('Truy vấn lồng quá sâu (tối đa 4 cấp, truy vấn này có 6 cấp).');
  });
});
