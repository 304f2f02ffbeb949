import { type ReactNode, useSyncExternalStore } from 'react';
import { Navigate, useLocation } from 'react-router';
import { currentSession, onSessionChange } from './session';

/** Screens behind sign-in: without a session, the sign-in page, which comes back here after. */
export function RequireSession({ children }: { children: ReactNode }) {
  const signedIn = useSyncExternalStore(onSessionChange, () => currentSession() !== null);
  const location = useLocation();
  if (!signedIn) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return children;
}
