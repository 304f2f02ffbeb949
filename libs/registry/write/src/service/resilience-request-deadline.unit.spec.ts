import { randomBytes } from 'node:crypto';
import { sealJson } from '@tn/shared-auth';
import type { AuthRequests } from './auth-requests';
import type { PersonalDataRequests } from './personal-data-requests';
import { RegistryRequestsHandler } from './registry-requests.controller';
import { RegistrySettings } from './registry-settings';

// Issue 11: a sign-in or refresh whose sender stopped waiting (a backlog after a restart) is
// dropped unanswered, before any password check or token rotation.
describe('registry requests past their sealed deadline', () => {
  const secret = randomBytes(32);
  const refreshed: string[] = [];
  const auth = { refresh: async (token: string) => (refreshed.push(token), { accessToken: 'a', refreshToken: 'r' }) } as unknown as AuthRequests;
  const handler = new RegistryRequestsHandler(auth, {} as PersonalDataRequests, new RegistrySettings(secret, 900, 14));
  const at = (deadline: string | undefined) =>
    handler.handle({
      requestId: 'req-1',
      sealedRequest: sealJson(secret, 'request', { op: 'refresh', refreshToken: 'tok', ...(deadline ? { deadline } : {}) }, 'req-1'),
    });

  beforeEach(() => refreshed.splice(0));

  it('refuses a request whose deadline (plus 2 s of clock skew) has passed, without acting on it', async () => {
    expect(await at(new Date(Date.now() - 2_500).toISOString())).toEqual({
      ok: false,
      error: { kind: 'concurrency', code: 'COMMAND.DEADLINE_EXCEEDED', message: expect.stringContaining('not executed') },
    });
    expect(refreshed).toEqual([]);
  });

  it('answers a request in time, or without a deadline', async () => {
    expect(await at(new Date(Date.now() + 10_000).toISOString())).toMatchObject({ ok: true });
    expect(await at(undefined)).toMatchObject({ ok: true });
    expect(refreshed).toEqual(['tok', 'tok']);
  });
});
