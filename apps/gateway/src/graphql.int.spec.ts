import { startServiceUnderTest, waitUntilReady } from '@tn/shared-testing';
import { gatewayService, GRAPHQL_PATH } from './app.module';

interface GraphQLResponse {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const post = (baseUrl: string, query: string) =>
  fetch(`${baseUrl}${GRAPHQL_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  }).then(async (res) => ({ status: res.status, body: (await res.json()) as GraphQLResponse }));

describe('gateway GraphQL endpoint', () => {
  it('answers platformStatus from real readiness probes', async () => {
    const gateway = await startServiceUnderTest(gatewayService, { MONGO_DATABASE: 'test_gateway_graphql' });
    try {
      await waitUntilReady(gateway.baseUrl, 60_000);
      const { status, body } = await post(gateway.baseUrl, '{ platformStatus { service ready status dependencies { name up } services { name connected reachable } } }');
      expect(status).toBe(200);
      const { platformStatus } = body.data as { platformStatus: { service: string; ready: boolean; status: string; dependencies: { name: string; up: boolean }[] } };
      // No registry or campaigns service runs here: ready (reads work) but degraded, and it says why.
      expect({ ...platformStatus, dependencies: [...platformStatus.dependencies].sort((a, b) => a.name.localeCompare(b.name)) }).toEqual({
        service: 'gateway',
        ready: true,
        status: 'degraded',
        services: [
          { name: 'registry', connected: true, reachable: false },
          { name: 'campaigns', connected: true, reachable: false },
        ],
        dependencies: [
          { name: 'campaigns-commands', up: true },
          { name: 'kafka', up: true },
          { name: 'mongodb', up: true },
          { name: 'projector:gateway-campaigns-v3-test_gateway_graphql', up: true },
          { name: 'projector:gateway-registry-v2-test_gateway_graphql', up: true },
          { name: 'registry-commands', up: true },
          { name: 'service:campaigns', up: false },
          { name: 'service:registry', up: false },
        ],
      });
    } finally {
      await gateway.stop();
    }
  });

  it('refuses schema introspection in production mode', async () => {
    const gateway = await startServiceUnderTest(gatewayService, { NODE_ENV: 'production', MONGO_DATABASE: 'test_gateway_prod' });
    try {
      const { body } = await post(gateway.baseUrl, '{ __schema { queryType { name } } }');
      expect(body.errors?.[0]?.message).toMatch(/introspection/i);
      expect(body.data).toBeUndefined();
    } finally {
      await gateway.stop();
    }
  });
});
