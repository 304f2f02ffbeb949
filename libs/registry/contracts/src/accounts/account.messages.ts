import { createHash } from 'node:crypto';
import { commandType, eventType, IsIsoDate, IsIsoDateTime, IsNonEmptyText, NestedList, streamIdOf } from '@tn/shared-event-contracts';
import { IsOptional, IsString, ValidateIf } from 'class-validator';
import { type RegistryCommandScope, scopeOver, unitOrCountry } from '../common/command-rights';
import type { AccountKind, Role, SessionEndReason } from '../common/vocabulary';

/**
 * An account: its roles (each scoped to a unit subtree) and its sessions with rotating refresh
 * tokens. The username is personal data; hashes are not (they are credentials, kept from read
 * models). Passwords arrive sealed by the gateway (or plain, from trusted tools) and leave the
 * service's routes as hashes: no event and no decider command holds one.
 */

/** Usernames are compared trimmed and lower-cased; the account id is derived from this form. */
export const normaliseUsername = (username: string): string => username.trim().toLowerCase();

/**
 * An account's id (and stream key) from its username: a hash, so that usernames, which may be
 * a phone number or an e-mail address, never appear in stream ids; unique because the stream
 * of a taken username already exists.
 */
export const accountIdOf = (username: string) =>
  `acc-${createHash('sha256')
    .update(`tn-account:${normaliseUsername(username)}`)
    .digest('base64url')
    .slice(0, 22)
    .replace(/[-_]/g, 'x')}`;

/** One stream per account. */
export const ACCOUNT_STREAM_TYPE = 'account';
export const accountStreamId = (accountId: string) => streamIdOf(ACCOUNT_STREAM_TYPE, accountId);

// ---- parts ---------------------------------------------------------------------------------

/** A role over a unit subtree; no unit (or `null`) is the whole country, for a system administrator. */
export class RoleGrantGiven {
  @IsString() role!: Role;
  @IsOptional() @IsString() unitId?: string | null;
}

// ---- commands ------------------------------------------------------------------------------

/** A command on an existing account names it by id, or by its username when it has no id. */
class AccountNamed {
  @IsOptional() @IsString() accountId?: string;
  @ValidateIf((p: AccountNamed) => p.accountId === undefined) @IsString() username?: string;
}

/** The id of the account a command names (checked: one of the two is there). */
export const accountIdNamedBy = (p: AccountNamed): string => p.accountId ?? accountIdOf(p.username ?? '');

/** The password arrives sealed for the service (`sealedPassword`), or plain from trusted tools. */
class WithPassword extends AccountNamed {
  @IsOptional() @IsString() password?: string;
  @IsOptional() @IsString() sealedPassword?: string;
}

/** Its id always comes from the username (an id the payload gives is ignored); roles may be absent (then none). */
export class OpenAccount {
  @IsString() username!: string;
  @IsString() kind!: AccountKind;
  @IsOptional() @IsString() personId?: string;
  @IsOptional() @IsString() password?: string;
  @IsOptional() @IsString() sealedPassword?: string;
  @IsOptional() @NestedList(() => RoleGrantGiven) roles?: RoleGrantGiven[];
  @IsString() openedOn!: string;
}
export class GrantRole extends AccountNamed {
  @IsString() role!: Role;
  @IsOptional() @IsString() unitId?: string | null;
}
/** `revokedAt` (ISO date-time) ends the account's open sessions; when the command was issued if absent. */
export class RevokeRole extends GrantRole {
  @IsOptional() @IsString() revokedAt?: string;
}
export class ChangePassword extends WithPassword {
  @IsString() changedAt!: string;
}
/** `closedAt` (ISO date-time) ends open sessions; without it they end at the start of `closedOn` (UTC). */
export class CloseAccount extends AccountNamed {
  @IsString() closedOn!: string;
  @IsOptional() @IsString() closedAt?: string;
}

const onTheAccount = { streamId: (p: AccountNamed) => accountStreamId(accountIdNamedBy(p)) };
const accountsWrite = (units: (string | null)[], effectiveDate?: string, more: Partial<RegistryCommandScope> = {}) =>
  scopeOver('accounts:write', units, effectiveDate, more);
const theAccount = (accountId: string) => ({ ownerStream: { kind: 'account' as const, id: accountId } });

/** Account commands sent through the registry's command topic; sessions are driven by its sign-in requests instead. */
export const accountCommandTypes = [
  // An account with no roles and no person needs a system administrator.
  commandType('OpenAccount', OpenAccount, {
    streamId: (p) => accountStreamId(accountIdOf(p.username)),
    rights: ({ roles = [], personId, kind, openedOn }) =>
      accountsWrite(
        roles.map((grant) => unitOrCountry(grant.unitId)),
        openedOn,
        personId ? { person: { accountKind: kind, id: personId } } : {},
      ),
  }),
  commandType('GrantRole', GrantRole, { ...onTheAccount, rights: (p) => accountsWrite([unitOrCountry(p.unitId)]) }),
  commandType('RevokeRole', RevokeRole, { ...onTheAccount, rights: (p) => accountsWrite([unitOrCountry(p.unitId)]) }),
  // One's own password needs no permission.
  commandType('ChangePassword', ChangePassword, {
    ...onTheAccount,
    rights: (p) => accountsWrite([], undefined, { ...theAccount(accountIdNamedBy(p)), selfAccountId: accountIdNamedBy(p) }),
  }),
  commandType('CloseAccount', CloseAccount, { ...onTheAccount, rights: (p) => accountsWrite([], undefined, theAccount(accountIdNamedBy(p))) }),
] as const;

// ---- events --------------------------------------------------------------------------------

class AccountEventData {
  @IsNonEmptyText() accountId!: string;
}
class SessionEventData extends AccountEventData {
  @IsNonEmptyText() sessionId!: string;
}
/** A stored country-wide grant may come back without its `null` unit. */
class GrantData extends AccountEventData {
  @IsNonEmptyText() role!: Role;
  @IsOptional() @IsString() unitId!: string | null;
}

/** `username` is personal data (subject: accountId). */
export class AccountOpened extends AccountEventData {
  @IsNonEmptyText() username!: string;
  @IsNonEmptyText() kind!: AccountKind;
  @IsOptional() @IsString() personId?: string;
  @IsNonEmptyText() passwordHash!: string;
  @IsIsoDate() openedOn!: string;
}
export class RoleGranted extends GrantData {}
export class RoleRevoked extends GrantData {}
export class SessionStarted extends SessionEventData {
  @IsNonEmptyText() refreshTokenHash!: string;
  @IsIsoDateTime() startedAt!: string;
  @IsIsoDateTime() expiresAt!: string;
}
export class SessionRefreshed extends SessionEventData {
  @IsNonEmptyText() refreshTokenHash!: string;
  @IsIsoDateTime() refreshedAt!: string;
  @IsIsoDateTime() expiresAt!: string;
}
export class SessionEnded extends SessionEventData {
  @IsIsoDateTime() endedAt!: string;
  @IsNonEmptyText() reason!: SessionEndReason;
}
export class PasswordChanged extends AccountEventData {
  @IsNonEmptyText() passwordHash!: string;
  @IsIsoDateTime() changedAt!: string;
}
export class AccountClosed extends AccountEventData {
  @IsIsoDate() closedOn!: string;
}

export const accountEventTypes = [
  eventType('AccountOpened', AccountOpened, { personalData: { subjectField: 'accountId', fields: ['username'] } }),
  eventType('RoleGranted', RoleGranted),
  eventType('RoleRevoked', RoleRevoked),
  eventType('SessionStarted', SessionStarted),
  eventType('SessionRefreshed', SessionRefreshed),
  eventType('SessionEnded', SessionEnded),
  eventType('PasswordChanged', PasswordChanged),
  eventType('AccountClosed', AccountClosed),
] as const;
