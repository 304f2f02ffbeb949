/**
 * The signed-in session. The access token lasts minutes, the refresh token days; both live in
 * sessionStorage (gone with the tab), never in localStorage, and are never logged.
 */
export interface Session {
  accountId: string;
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
}

const KEY = 'tn.session';
const listeners = new Set<() => void>();

export function currentSession(): Session | null {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as Session;
  } catch {
    return null;
  }
}

export function saveSession(session: Session | null): void {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
  for (const listener of listeners) listener();
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Refresh this long before the access token expires, so a request never leaves with a dead one. */
export const REFRESH_MARGIN_MS = 30_000;

export function needsRefresh(session: Session, now = Date.now()): boolean {
  return Date.parse(session.accessTokenExpiresAt) - now < REFRESH_MARGIN_MS;
}
