import { accounts } from '../demo/demo-dataset';
import { postGraphql } from './gql';

/** A signed-in account whose access token is renewed in the background before it expires. */
export interface LoadSession {
  /** The current access token (the old one stays in use until a renewal succeeds). */
  token(): string;
  /** Ask for a renewal now (e.g. after UNAUTHENTICATED); returns when it succeeded or gave up once. */
  renew(): Promise<void>;
  /** Stop renewing. */
  close(): void;
}

const SIGN_IN = 'mutation($username: String!, $password: String!) { signIn(username: $username, password: $password) { accessToken accessTokenExpiresAt } }';

/** The demo account's password (tools/demo), so that no password is written twice. */
export function demoCredentials(username: string): { username: string; password: string } {
  const account = accounts.find((candidate) => candidate.username === username);
  if (!account) throw new Error(`no demo account named ${username}`);
  return { username, password: account.password };
}

/**
 * Signs in (retrying for up to `timeoutMs`: the registry may be restarting) and renews the token
 * when a third of its lifetime is left, retrying every few seconds until it succeeds.
 */
export async function signIn(url: string, credentials: { username: string; password: string }, options: { timeoutMs?: number } = {}): Promise<LoadSession> {
  let token = '';
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  let renewing: Promise<void> | undefined;

  const attempt = async (): Promise<number> => {
    const answer = await postGraphql<{ signIn: { accessToken: string; accessTokenExpiresAt: string } }>(url, {
      query: SIGN_IN,
      variables: { ...credentials },
      timeoutMs: 20_000,
    });
    const session = answer.data?.signIn;
    if (!session) throw new Error(`sign-in failed: ${answer.errors?.[0]?.extensions?.['code'] ?? `HTTP ${answer.status}`}`);
    token = session.accessToken;
    return Date.parse(session.accessTokenExpiresAt) - Date.now();
  };
  const schedule = (ms: number) => {
    if (closed) return;
    timer = setTimeout(() => void renew(), ms);
    timer.unref();
  };
  // One renewal at a time, however many requests ask for it.
  const renew = () =>
    (renewing ??= (async () => {
      clearTimeout(timer);
      try {
        schedule(Math.max(5_000, ((await attempt()) / 3) * 2));
      } catch {
        schedule(5_000);
      } finally {
        renewing = undefined;
      }
    })());

  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    try {
      schedule(Math.max(5_000, ((await attempt()) / 3) * 2));
      break;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
  }
  return {
    token: () => token,
    renew,
    close: () => {
      closed = true;
      clearTimeout(timer);
    },
  };
}
