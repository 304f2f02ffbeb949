import { ApolloServer, HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { apiError } from './api-error';
import { ErrorCatalog, GATEWAY_CATALOG } from './error-catalog';
import { localisedErrors, toGraphQLFormattedError } from './format-error';
import { GATEWAY_MESSAGES } from './gateway-messages';
import { depthLimitRule } from './query-limits';

const typeDefs = `
  type Query { unit(id: ID!): Unit  broken: String  refused: String  storeAway: String  units(first: Int): [Unit!]! }
  type Unit { id: ID! parent: Unit }
`;

// The gateway's messages and a context's part, composed as the gateway app does.
const catalog = new ErrorCatalog(GATEWAY_MESSAGES, { 'UNIT.NOT_FOUND': { vi: 'Không tìm thấy đơn vị.', en: 'The unit was not found.' } });

describe('localisedErrors with Apollo', () => {
  const hidden: unknown[] = [];
  const storeAway: unknown[] = [];
  const errors = localisedErrors({ catalog, onInternalError: (error) => hidden.push(error), onStoreUnavailable: (error) => storeAway.push(error) });
  const server = new ApolloServer({
    typeDefs,
    resolvers: {
      Query: {
        unit: () => {
          throw apiError({ code: 'UNIT.NOT_FOUND', kind: 'not-found', field: 'id' }, 'en');
        },
        broken: () => {
          throw new Error('connect ECONNREFUSED 10.0.0.5:27017');
        },
        refused: () => {
          throw new GraphQLError('Forbidden resource', { extensions: { code: 'FORBIDDEN' } });
        },
        storeAway: () => {
          // What mongoose throws while FerretDB restarts (issue 11's chaos suite saw INTERNAL for it).
          throw Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:27017'), { name: 'MongooseServerSelectionError' });
        },
      },
    },
    includeStacktraceInErrorResponses: true,
    validationRules: [depthLimitRule(3)],
    plugins: [errors.plugin],
    formatError: errors.formatError,
  });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  const run = async (query: string, acceptLanguage = 'vi', variables?: Record<string, unknown>) => {
    const http = { method: 'POST', headers: new HeaderMap([['accept-language', acceptLanguage]]), search: '', body: {} };
    const response = await server.executeOperation({ query, variables, http });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult.errors ?? [];
  };

  it('keeps our errors with the field at fault, said in the language of the request', async () => {
    const [english] = await run('{ unit(id: "x") { id } }', 'en');
    expect(english.message).toBe('The unit was not found.');
    const [error] = await run('{ unit(id: "x") { id } }');
    expect(error.message).toBe('Không tìm thấy đơn vị.');
    expect(error.extensions).toEqual({ code: 'UNIT.NOT_FOUND', kind: 'not-found', field: 'id' });
    expect(error.path).toEqual(['unit']);
  });

  it('hides an unexpected error as INTERNAL in the request language, without stack trace', async () => {
    const [vi] = await run('{ broken }', 'vi');
    const [en] = await run('{ broken }', 'en-GB');
    expect(vi).toMatchObject({ message: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại sau.', extensions: { code: 'INTERNAL' } });
    expect(en).toMatchObject({ message: 'Something went wrong on our side. Please try again later.', extensions: { code: 'INTERNAL' } });
    expect(JSON.stringify([vi, en])).not.toMatch(/ECONNREFUSED|stacktrace/);
    expect(hidden).toHaveLength(2);
  });

  it('says an unreachable store is a retryable SERVICE_UNAVAILABLE, quoting nothing of it', async () => {
    const before = hidden.length;
    const [error] = await run('{ storeAway }', 'en');
    expect(error).toMatchObject({
      message: 'The service is temporarily unavailable. Please try again later.',
      extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true },
    });
    expect(JSON.stringify(error)).not.toMatch(/ECONNREFUSED|10\.0\.0\.5/);
    expect(hidden).toHaveLength(before);
    expect(storeAway).toHaveLength(1); // told apart, so that the gateway logs it
  });

  it('says validation, parse and variable errors in the request language, naming the field but quoting no text', async () => {
    const [validation] = await run('{ nope }');
    expect(validation).toMatchObject({ message: 'Trường nope không có trong kiểu Query.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED', field: 'nope' } });
    const [missing] = await run('{ unit { id } }', 'en');
    expect(missing).toMatchObject({
      message: 'A required argument is missing: id of unit (of type ID!).',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', field: 'id' },
    });
    const [syntax] = await run('{ unit(id: "hunter2" ');
    expect(syntax.extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
    expect(syntax.message).toBe('Truy vấn GraphQL sai cú pháp; xem vị trí được chỉ ra (locations).');
    expect(JSON.stringify(syntax)).not.toContain('hunter2');
    const [variable] = await run('query ($n: Int) { units(first: $n) { id } }', 'vi', { n: 'many' });
    expect(variable.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'n' });
    expect(variable.message).toBe('Giá trị không đúng kiểu dữ liệu ở trường n; cần kiểu Int.');
  });

  it('says a mistyped value again in the request language, without the value', async () => {
    const [literal] = await run('{ units(first: "hunter2") { id } }', 'en');
    expect(literal).toMatchObject({
      message: 'Wrong type of value in first; expected Int.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', field: 'first' },
    });
    const [variable] = await run('query ($n: Int) { units(first: $n) { id } }', 'vi', { n: 'hunter2; Secret cannot represent' });
    expect(variable.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'n' });
    expect(JSON.stringify([literal, variable])).not.toMatch(/hunter2|Secret/);
  });

  it('restores our code when Apollo wraps our error from a validation rule', async () => {
    const [error] = await run('{ unit(id: "1") { parent { parent { id } } } }', 'en');
    expect(error.extensions).toEqual({ code: 'QUERY_TOO_DEEP', kind: 'validation', max: 3, actual: 4 });
  });

  it('localises framework authorisation errors instead of hiding them', async () => {
    const [error] = await run('{ refused }', 'vi');
    expect(error).toMatchObject({ message: 'Bạn không có quyền thực hiện thao tác này.', extensions: { code: 'FORBIDDEN' } });
  });
});

describe('toGraphQLFormattedError', () => {
  it('does not trust a client-error code on an error raised while resolving a field', () => {
    const formatted = { message: 'secret detail', path: ['unit'], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    expect(toGraphQLFormattedError(formatted, new Error('secret detail'), 'en', GATEWAY_CATALOG)).toEqual({
      message: 'Something went wrong on our side. Please try again later.',
      path: ['unit'],
      extensions: { code: 'INTERNAL' },
    });
  });

  it('turns a framework BAD_REQUEST from a resolver into BAD_USER_INPUT', () => {
    const formatted = { message: 'Bad Request Exception', path: ['createUnit'], extensions: { code: 'BAD_REQUEST' } };
    expect(toGraphQLFormattedError(formatted, new Error(), 'vi', GATEWAY_CATALOG)).toMatchObject({
      message: 'Dữ liệu nhập không hợp lệ.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
