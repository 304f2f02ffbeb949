import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';
import { startServiceUnderTest, workspaceRoot } from '@tn/shared-testing';
import { gatewayService, GRAPHQL_PATH } from './app.module';

const SCHEMA_FILE = join(workspaceRoot(), 'schema.graphql');

// The published contract for partners. `npm run schema:export` rewrites the file; this test
// fails when the code's schema and the committed file differ.
describe('schema.graphql', () => {
  it('is the schema the gateway serves', async () => {
    const gateway = await startServiceUnderTest(gatewayService, { MONGO_DATABASE: 'test_gateway_schema', GRAPHQL_INTROSPECTION: 'true' });
    try {
      const response = await fetch(`${gateway.baseUrl}${GRAPHQL_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: getIntrospectionQuery() }),
      });
      const { data } = (await response.json()) as { data: IntrospectionQuery };
      const served = `${printSchema(lexicographicSortSchema(buildClientSchema(data)))}\n`;
      if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SCHEMA_FILE, served);
      expect(served).toEqual(readFileSync(SCHEMA_FILE, 'utf8'));
    } finally {
      await gateway.stop();
    }
  });
});
