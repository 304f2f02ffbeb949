import { forbiddenError, illegalStateError, notFoundError, validationError } from '../common/errors';
import { requireIsoDateTime, requireText } from '../cadres/person.rules';
import type { EndSession, RefreshSession, StartSession } from './account.commands';
import type { AccountEvent, SessionEnded } from './account.events';
import { requireExpiryAfter, requireLiveSession } from './account.rules';
import { type AccountState, openSessionIds, type SessionEndReason } from './account.types';

export function startSession(command: StartSession, state: AccountState): AccountEvent[] {
  requireText(command.sessionId, 'AUTH.SESSION_ID_REQUIRED', 'sessionId', 'a session id');
  requireText(command.refreshTokenHash, 'AUTH.REFRESH_TOKEN_REQUIRED', 'refreshTokenHash', 'a refresh token hash');
  requireIsoDateTime(command.startedAt, 'startedAt');
  requireIsoDateTime(command.expiresAt, 'expiresAt');
  requireExpiryAfter(command.expiresAt, command.startedAt);
  if (state.sessions[command.sessionId]) throw illegalStateError('AUTH.SESSION_EXISTS', `session ${command.sessionId} already exists`);
  const { accountId, sessionId, refreshTokenHash, startedAt, expiresAt } = command;
  return [{ type: 'SessionStarted', data: { accountId, sessionId, refreshTokenHash, startedAt, expiresAt } }];
}

/**
 * Refresh-token rotation. A refresh token is used once: presenting a hash this session already
 * rotated away from means two parties hold the token, one of them a thief. The decision is then
 * to end the whole session (not an error: the end must be recorded), so the thief's newer token
 * dies too. The adapter sees `SessionEnded` instead of `SessionRefreshed` and refuses the caller.
 */
export function refreshSession(command: RefreshSession, state: AccountState): AccountEvent[] {
  requireIsoDateTime(command.refreshedAt, 'refreshedAt');
  requireIsoDateTime(command.expiresAt, 'expiresAt');
  const session = requireLiveSession(state, command.sessionId);
  const { accountId, sessionId, presentedTokenHash, newRefreshTokenHash, refreshedAt, expiresAt } = command;
  if (session.previousHashes.includes(presentedTokenHash)) {
    return [ended(accountId, sessionId, refreshedAt, 'refresh-token-reuse')];
  }
  if (presentedTokenHash !== session.refreshTokenHash) {
    throw forbiddenError('AUTH.INVALID_REFRESH_TOKEN', 'the refresh token does not belong to this session', { sessionId });
  }
  if (Date.parse(refreshedAt) > Date.parse(session.expiresAt)) {
    throw forbiddenError('AUTH.SESSION_EXPIRED', `session ${sessionId} expired at ${session.expiresAt}`, { sessionId });
  }
  requireText(newRefreshTokenHash, 'AUTH.REFRESH_TOKEN_REQUIRED', 'newRefreshTokenHash', 'a new refresh token hash');
  if (newRefreshTokenHash === session.refreshTokenHash || session.previousHashes.includes(newRefreshTokenHash)) {
    throw validationError('AUTH.REFRESH_TOKEN_NOT_FRESH', 'newRefreshTokenHash', 'a rotated refresh token must be new');
  }
  requireExpiryAfter(expiresAt, refreshedAt);
  return [{ type: 'SessionRefreshed', data: { accountId, sessionId, refreshTokenHash: newRefreshTokenHash, refreshedAt, expiresAt } }];
}

/** Signing out twice changes nothing. */
export function endSession(command: EndSession, state: AccountState): AccountEvent[] {
  requireIsoDateTime(command.endedAt, 'endedAt');
  const session = state.sessions[command.sessionId];
  if (!session) throw notFoundError('AUTH.SESSION_NOT_FOUND', `session ${command.sessionId} does not exist`, { sessionId: command.sessionId });
  if (session.endedAt !== undefined) return [];
  return [ended(command.accountId, command.sessionId, command.endedAt, 'sign-out')];
}

/** End every session that is neither ended nor already expired at `at`. */
export function endOpenSessions(state: AccountState, accountId: string, at: string, reason: SessionEndReason): SessionEnded[] {
  return openSessionIds(state)
    .filter((sessionId) => Date.parse(state.sessions[sessionId]?.expiresAt ?? '') > Date.parse(at))
    .map((sessionId) => ended(accountId, sessionId, at, reason));
}

const ended = (accountId: string, sessionId: string, endedAt: string, reason: SessionEndReason): SessionEnded => ({
  type: 'SessionEnded',
  data: { accountId, sessionId, endedAt, reason },
});
