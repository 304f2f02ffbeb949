import { randomUUID } from 'node:crypto';
import { type AccountCommand, accountDecider, type AccountEvent, type AccountState, forbiddenError } from '@tn/registry-domain';
import { DomainError } from '@tn/shared-decider';
import { streamIdOf } from '@tn/shared-event-contracts';
import { CommandHandler, type MongoEventStore } from '@tn/shared-event-store';
import {
  type AccessClaims,
  DECOY_PASSWORD_HASH,
  hashRefreshToken,
  newRefreshToken,
  openSecret,
  parseRefreshToken,
  signAccessToken,
  verifyPassword,
} from '@tn/shared-auth';
import { accountIdOf } from '@tn/registry-contracts';

export interface AuthSettings {
  secret: Buffer;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
}

/** What a successful sign-in or refresh returns to the gateway. */
export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  accountId: string;
  /** Consistency token of the session event. */
  streamId: string;
  version: number;
}

const invalidCredentials = () => forbiddenError('AUTH.INVALID_CREDENTIALS', 'wrong username or password');

/**
 * Sign-in, refresh and sign-out. Passwords are checked here, outside the decider (hashing is
 * slow and salted); the session itself is an event of the account stream, so sign-out and
 * refresh-token rotation are decided by the account decider like any other change.
 */
export class AuthRequests {
  private readonly accounts: CommandHandler<AccountCommand, AccountEvent, AccountState>;

  constructor(
    store: MongoEventStore,
    private readonly settings: AuthSettings,
  ) {
    this.accounts = new CommandHandler(store, { decider: accountDecider, streamType: 'account' });
  }

  async signIn(username: string, sealedPassword: string, now = new Date()): Promise<IssuedTokens> {
    const password = openSecret(this.settings.secret, sealedPassword);
    if (password === undefined) throw forbiddenError('AUTH.INVALID_CREDENTIALS', 'the password was not sealed by a trusted gateway');
    const accountId = accountIdOf(username);
    const { state } = await this.accounts.load(streamIdOf('account', accountId));
    // Verify against a decoy when the account does not exist, so timing does not reveal usernames.
    const matches = await verifyPassword(password, state.passwordHash ?? DECOY_PASSWORD_HASH);
    if (!state.opened || state.closed || !matches) throw invalidCredentials();
    const sessionId = randomUUID();
    const refreshToken = newRefreshToken(accountId, sessionId);
    const refreshExpires = new Date(now.getTime() + this.settings.refreshTokenTtlDays * 86_400_000).toISOString();
    const result = await this.decide(accountId, {
      type: 'StartSession',
      accountId,
      sessionId,
      refreshTokenHash: hashRefreshToken(refreshToken),
      startedAt: now.toISOString(),
      expiresAt: refreshExpires,
    });
    return this.tokens(accountId, sessionId, state, refreshToken, refreshExpires, now, result);
  }

  async refresh(refreshToken: string, now = new Date()): Promise<IssuedTokens> {
    const parsed = parseRefreshToken(refreshToken);
    if (!parsed) throw forbiddenError('AUTH.INVALID_REFRESH_TOKEN', 'malformed refresh token');
    const { accountId, sessionId } = parsed;
    const next = newRefreshToken(accountId, sessionId);
    const refreshExpires = new Date(now.getTime() + this.settings.refreshTokenTtlDays * 86_400_000).toISOString();
    const result = await this.decide(accountId, {
      type: 'RefreshSession',
      accountId,
      sessionId,
      presentedTokenHash: hashRefreshToken(refreshToken),
      newRefreshTokenHash: hashRefreshToken(next),
      refreshedAt: now.toISOString(),
      expiresAt: refreshExpires,
    });
    // Reuse of a rotated token ends the session instead of refreshing it.
    if (result.eventTypes.includes('SessionEnded')) throw forbiddenError('AUTH.SESSION_ENDED', 'this refresh token was already used; the session is ended');
    const { state } = await this.accounts.load(streamIdOf('account', accountId));
    return this.tokens(accountId, sessionId, state, next, refreshExpires, now, result);
  }

  async signOut(claims: AccessClaims, now = new Date()): Promise<{ streamId: string; version: number }> {
    const result = await this.decide(claims.sub, { type: 'EndSession', accountId: claims.sub, sessionId: claims.sid, endedAt: now.toISOString() });
    return { streamId: result.streamId, version: result.version };
  }

  private async decide(accountId: string, command: AccountCommand) {
    const result = await this.accounts.handle({
      streamId: streamIdOf('account', accountId),
      command,
      commandId: randomUUID(),
      metadata: { actor: { kind: 'account', id: accountId }, correlationId: randomUUID(), causationId: randomUUID(), occurredAt: new Date().toISOString() },
    });
    return { streamId: result.streamId, version: result.version, eventTypes: result.events.map((event) => event.type) };
  }

  private tokens(
    accountId: string,
    sessionId: string,
    state: AccountState,
    refreshToken: string,
    refreshTokenExpiresAt: string,
    now: Date,
    result: { streamId: string; version: number },
  ): IssuedTokens {
    if (!state.kind) throw new DomainError('illegal-state', 'ACCOUNT.NOT_FOUND', 'no such account');
    const accessToken = signAccessToken(
      { sub: accountId, sid: sessionId, kind: state.kind, grants: state.roles, ...(state.personId ? { personId: state.personId } : {}) },
      this.settings.secret,
      now,
      this.settings.accessTokenTtlSeconds,
    );
    return {
      accessToken,
      accessTokenExpiresAt: new Date(now.getTime() + this.settings.accessTokenTtlSeconds * 1000).toISOString(),
      refreshToken,
      refreshTokenExpiresAt,
      accountId,
      streamId: result.streamId,
      version: result.version,
    };
  }
}
