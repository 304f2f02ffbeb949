import { randomUUID } from 'node:crypto';
import { signAccessToken } from '@tn/shared-auth';
import { startServiceUnderTest, TEST_AUTH_TOKEN_SECRET, waitUntilReady } from '@tn/shared-testing';
import { gatewayService, GRAPHQL_PATH } from './app.module';

interface GraphQLResponse {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

const post = (baseUrl: string, query: string, token?: string) =>
  fetch(`${baseUrl}${GRAPHQL_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  }).then(async (res) => ({ status: res.status, body: (await res.json()) as GraphQLResponse }));

describe('gateway GraphQL endpoint', () => {
  it('answers platformStatus from real readiness probes', async () => {
    // Topics of its own: no registry, campaigns or training service of another suite answers its pings.
    const prefix = `graphql-int-${randomUUID().slice(0, 8)}.`;
    const gateway = await startServiceUnderTest(gatewayService, { MONGO_DATABASE: 'test_gateway_graphql', KAFKA_TOPIC_PREFIX: prefix });
    const admin = signAccessToken(
      { sub: 'admin', sid: 's-1', kind: 'cadre', grants: [{ role: 'system-admin', unitId: null }] },
      Buffer.from(TEST_AUTH_TOKEN_SECRET, 'base64'),
      new Date(),
      600,
    );
    try {
      await waitUntilReady(gateway.baseUrl, 60_000);
      const { status, body } = await post(
        gateway.baseUrl,
        '{ platformStatus { service ready status dependencies { name up } services { name connected reachable } } }',
        admin,
      );
      expect(status).toBe(200);
      const { platformStatus } = body.data as {
        platformStatus: { service: string; ready: boolean; status: string; dependencies: { name: string; up: boolean }[] };
      };
      // No registry, campaigns, training, network or reporting service runs here: ready (reads work) but degraded, and it says why.
      expect({ ...platformStatus, dependencies: [...platformStatus.dependencies].sort((a, b) => a.name.localeCompare(b.name)) }).toEqual({
        service: 'gateway',
        ready: true,
        status: 'degraded',
        services: [
          { name: 'registry', connected: true, reachable: false },
          { name: 'campaigns', connected: true, reachable: false },
          { name: 'training', connected: true, reachable: false },
          { name: 'network', connected: true, reachable: false },
          { name: 'reporting', connected: true, reachable: false },
        ],
        dependencies: [
          { name: 'campaigns-commands', up: true },
          { name: 'kafka', up: true },
          { name: 'mongodb', up: true },
          { name: 'network-commands', up: true },
          { name: `projector:${prefix}gateway-campaigns-v5-test_gateway_graphql`, up: true },
          { name: `projector:${prefix}gateway-network-v1-test_gateway_graphql`, up: true },
          { name: `projector:${prefix}gateway-registry-v5-test_gateway_graphql`, up: true },
          { name: `projector:${prefix}gateway-reporting-v1-test_gateway_graphql`, up: true },
          { name: `projector:${prefix}gateway-training-v1-test_gateway_graphql`, up: true },
          { name: 'registry-commands', up: true },
          { name: 'reporting-commands', up: true },
          { name: 'service:campaigns', up: false },
          { name: 'service:network', up: false },
          { name: 'service:registry', up: false },
          { name: 'service:reporting', up: false },
          { name: 'service:training', up: false },
          { name: 'training-commands', up: true },
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
