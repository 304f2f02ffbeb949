import type { accountCommandTypes } from '@tn/registry-contracts';
import type { CommandNamed, CommandsOf } from '@tn/shared-event-contracts';
import type { ServerToday } from '../calendar/date-window.rules';
import type { RoleGrant } from './account.types';

/** The account a command names, by id (derived from the username when the payload gives none). */
type Named = { accountId: string };
/** A password reaches the decider as its hash only, never in clear nor sealed. */
type Hashed = { passwordHash: string; password?: undefined; sealedPassword?: undefined };

/**
 * The account commands sent on the registry's command topic: each payload (its one schema is in
 * the contracts) with its type, plus what the service adds: the account id, the password's hash,
 * grants with their scope (`null` for the whole country), when a revocation ends sessions
 * (`revokedAt`: when the command was issued unless the payload says), and the server's date.
 */
export type RoutedAccountCommand = CommandsOf<
  typeof accountCommandTypes,
  {
    OpenAccount: Named & Hashed & { roles: RoleGrant[] };
    GrantRole: Named & { unitId: string | null };
    RevokeRole: Named & { unitId: string | null; revokedAt: string };
    ChangePassword: Named & Hashed;
    CloseAccount: Named;
  }
>;

export type OpenAccount = CommandNamed<RoutedAccountCommand, 'OpenAccount'>;
export type GrantRole = CommandNamed<RoutedAccountCommand, 'GrantRole'>;
/** `revokedAt` (ISO date-time) ends the account's open sessions, so tokens carrying the old grant stop working. */
export type RevokeRole = CommandNamed<RoutedAccountCommand, 'RevokeRole'>;
export type ChangePassword = CommandNamed<RoutedAccountCommand, 'ChangePassword'>;
/** `closedAt` (ISO date-time) ends open sessions; without it they end at the start of `closedOn` (UTC). */
export type CloseAccount = CommandNamed<RoutedAccountCommand, 'CloseAccount'>;

// Sessions are not messages: the registry's sign-in requests decide them in-process (no route, no payload schema).

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

export type AccountCommand = (RoutedAccountCommand | StartSession | RefreshSession | EndSession) & ServerToday;
