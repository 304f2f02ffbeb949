import { streamIdOf } from '@tn/shared-event-contracts';
import type { AccountKind, Role, SessionEndReason } from './account.types';

/** `username` is personal data (subject: accountId). */
export type AccountOpened = {
  type: 'AccountOpened';
  data: { accountId: string; username: string; kind: AccountKind; personId?: string; passwordHash: string; openedOn: string };
};
export type RoleGranted = { type: 'RoleGranted'; data: { accountId: string; role: Role; unitId: string | null } };
export type RoleRevoked = { type: 'RoleRevoked'; data: { accountId: string; role: Role; unitId: string | null } };
export type SessionStarted = {
  type: 'SessionStarted';
  data: { accountId: string; sessionId: string; refreshTokenHash: string; startedAt: string; expiresAt: string };
};
export type SessionRefreshed = {
  type: 'SessionRefreshed';
  data: { accountId: string; sessionId: string; refreshTokenHash: string; refreshedAt: string; expiresAt: string };
};
export type SessionEnded = {
  type: 'SessionEnded';
  data: { accountId: string; sessionId: string; endedAt: string; reason: SessionEndReason };
};
export type PasswordChanged = { type: 'PasswordChanged'; data: { accountId: string; passwordHash: string; changedAt: string } };
export type AccountClosed = { type: 'AccountClosed'; data: { accountId: string; closedOn: string } };

export type AccountEvent =
  | AccountOpened
  | RoleGranted
  | RoleRevoked
  | SessionStarted
  | SessionRefreshed
  | SessionEnded
  | PasswordChanged
  | AccountClosed;

/** One stream per account; the id is derived (by the adapter) from the normalised username. */
export const ACCOUNT_STREAM_TYPE = 'account';
export const accountStreamId = (accountId: string) => streamIdOf(ACCOUNT_STREAM_TYPE, accountId);
