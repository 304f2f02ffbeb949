import { Injectable } from '@nestjs/common';
import { ProjectionCheckpoints } from '@tn/gateway-core';
import type { AccessClaims, Grant } from '@tn/shared-auth';
import { MongoConnection } from '@tn/shared-service-kit';

const AUTH_CHANGES = 'gw_auth_changes';

/**
 * A change to who may do what that this gateway forwarded and the registry confirmed, kept
 * until the account read model has projected it: between the reply and the projection, the
 * read model still shows the old state, and a signed-out token or a revoked role would work.
 */
export type AuthChange = { streamId: string; version: number } & (
  | { type: 'session-ended'; sessionId: string }
  /** Every session started before `before` (ms since the epoch) ended: a password change. */
  | { type: 'sessions-ended'; before: number }
  | { type: 'account-closed' }
  | { type: 'role-granted' | 'role-revoked'; role: string; unitId: string | null }
);

interface AuthChangesDoc {
  _id: string;
  changes: AuthChange[];
  /** Changes pushed so far: the document is deleted only if no push came after it was read. */
  pushed: number;
}

/**
 * The store of those changes, in the gateway's database, so that every gateway instance sees
 * a sign-out or revocation that any of them forwarded. One document per account, read by
 * `_id` on every signed-in request. (Its collection keeps its name from before the read models
 * were named `gw_<context>_<model>`: it is not a read model, and a rename would drop the changes
 * forwarded just before a deployment.)
 */
@Injectable()
export class AuthChanges {
  constructor(
    private readonly mongo: MongoConnection,
    private readonly checkpoints: ProjectionCheckpoints,
  ) {}

  private get collection() {
    return this.mongo.connection.collection<AuthChangesDoc>(AUTH_CHANGES);
  }

  /** Called once the registry confirmed the change, before the mutation answers. */
  async record(accountId: string, change: AuthChange): Promise<void> {
    await this.collection.updateOne({ _id: accountId }, { $push: { changes: change }, $inc: { pushed: 1 } }, { upsert: true });
  }

  /** The account's confirmed changes that its read model does not show yet, oldest first. */
  async pending(accountId: string): Promise<AuthChange[]> {
    const doc = await this.collection.findOne({ _id: accountId });
    if (!doc) return [];
    const pending: AuthChange[] = [];
    for (const change of doc.changes) if (!(await this.checkpoints.reached(change.streamId, change.version))) pending.push(change);
    if (pending.length === 0) await this.collection.deleteOne({ _id: accountId, pushed: doc.pushed });
    return pending.sort((a, b) => a.version - b.version);
  }
}

/** Has the token's session ended, by the read model or by a change it does not show yet? */
export function sessionEnded(claims: AccessClaims, account: { closed: boolean; endedSessions: string[] } | undefined, pending: readonly AuthChange[]): boolean {
  if (account && (account.closed || account.endedSessions.includes(claims.sid))) return true;
  return pending.some(
    (change) =>
      change.type === 'account-closed' ||
      (change.type === 'session-ended' && change.sessionId === claims.sid) ||
      // iat is in whole seconds: a token of the change's own second is kept, or a sign-in just
      // after the change would be refused until the projection catches up.
      (change.type === 'sessions-ended' && claims.iat < Math.floor(change.before / 1000)),
  );
}

/** The roles as they are now: the read model's (or the token's, when it has none) with pending changes applied in order. */
export function currentGrants(projected: readonly Grant[], pending: readonly AuthChange[]): Grant[] {
  let grants = [...projected];
  for (const change of pending) {
    if (change.type !== 'role-granted' && change.type !== 'role-revoked') continue;
    grants = grants.filter((g) => g.role !== change.role || g.unitId !== change.unitId);
    if (change.type === 'role-granted') grants.push({ role: change.role, unitId: change.unitId });
  }
  return grants;
}
