import { randomBytes } from 'node:crypto';
import { openSealedJson, sealJson } from '@tn/shared-auth';
import type { RegistryRequest } from '@tn/registry-contracts';
import type { AuthRequests } from './auth-requests';
import type { PersonalDataRequests } from './personal-data-requests';
import { RegistryRequestsHandler } from './registry-requests.controller';
import { RegistrySettings } from './registry-settings';

describe('registry requests over Kafka (sealed whole)', () => {
  const secret = randomBytes(32);
  const refreshed: string[] = [];
  const auth = {
    refresh: async (token: string) => (refreshed.push(token), { accessToken: 'new-access', refreshToken: 'new-refresh' }),
  } as unknown as AuthRequests;
  const handler = new RegistryRequestsHandler(auth, {} as PersonalDataRequests, new RegistrySettings(secret, 900, 14));
  const body: RegistryRequest = { op: 'refresh', refreshToken: 'acc-1.sess-1.long-lived-secret' };

  beforeEach(() => refreshed.splice(0));

  it('opens a sealed request and seals the result for that request only', async () => {
    const reply = await handler.handle({ requestId: 'req-1', sealedRequest: sealJson(secret, 'request', body, 'req-1') });
    expect(refreshed).toEqual(['acc-1.sess-1.long-lived-secret']);
    expect(reply.ok).toBe(true);
    const sealed = (reply as { sealedResult: string }).sealedResult;
    expect(sealed).not.toContain('new-refresh');
    expect(openSealedJson(secret, 'reply', sealed, 'req-1')).toEqual({ accessToken: 'new-access', refreshToken: 'new-refresh' });
    expect(openSealedJson(secret, 'reply', sealed, 'req-2')).toBeUndefined();
  });

  it('refuses a request in clear (a username or refresh token would sit in the log) without acting on it', async () => {
    const reply = await handler.handle(body as never);
    expect(reply).toMatchObject({ ok: false, error: { kind: 'forbidden', code: 'REQUEST.NOT_SEALED' } });
    expect(refreshed).toEqual([]);
  });

  it('refuses a sealed request moved under another request id, or sealed with another secret', async () => {
    const moved = { requestId: 'req-2', sealedRequest: sealJson(secret, 'request', body, 'req-1') };
    const foreign = { requestId: 'req-1', sealedRequest: sealJson(randomBytes(32), 'request', body, 'req-1') };
    for (const wire of [moved, foreign]) {
      expect(await handler.handle(wire)).toMatchObject({ ok: false, error: { code: 'REQUEST.SEALED_INVALID' } });
    }
    expect(refreshed).toEqual([]);
  });
});
