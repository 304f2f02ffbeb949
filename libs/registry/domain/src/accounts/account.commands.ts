import type { ServerToday } from '../calendar/date-window.rules';
import type { AccountKind, Role, RoleGrant } from './account.types';

/** `accountId` is derived by the adapter from the normalised username; `passwordHash` was hashed there too. */
export type OpenAccount = {
  type: 'OpenAccount';
  accountId: string;
  username: string;
  kind: AccountKind;
  personId?: string;
  passwordHash: string;
  roles: RoleGrant[];
  openedOn: string;
};
export type GrantRole = { type: 'GrantRole'; accountId: string; role: Role; unitId: string | null };
/** `revokedAt` (ISO date-time) ends the account's open sessions, so tokens carrying the old grant stop working. */
export type RevokeRole = { type: 'RevokeRole'; accountId: string; role: Role; unitId: string | null; revokedAt: string };

/** Sent by the auth adapter after it verified the password; times are ISO date-times. */
export type StartSession = {
  type: 'StartSession';
  accountId: string;
  sessionId: string;
  refreshTokenHash: string;
  startedAt: string;
  expiresAt: string;
};
export type RefreshSession = {
  type: 'RefreshSession';
  accountId: string;
  sessionId: string;
  presentedTokenHash: string;
  newRefreshTokenHash: string;
  refreshedAt: string;
  expiresAt: string;
};
export type EndSession = { type: 'EndSession'; accountId: string; sessionId: string; endedAt: string };
export type ChangePassword = { type: 'ChangePassword'; accountId: string; passwordHash: string; changedAt: string };
/** `closedAt` (ISO date-time) ends open sessions; without it they end at the start of `closedOn` (UTC). */
export type CloseAccount = { type: 'CloseAccount'; accountId: string; closedOn: string; closedAt?: string };

export type AccountCommand = (
  | OpenAccount
  | GrantRole
  | RevokeRole
  | StartSession
  | RefreshSession
  | EndSession
  | ChangePassword
  | CloseAccount
) &
  ServerToday;
