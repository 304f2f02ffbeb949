import { defineProjection } from '@tn/shared-event-bus';
import { type EventEnvelope, isErased } from '@tn/shared-event-contracts';
import type { ReadModelCipher } from '@tn/gateway-core';

export const ACCOUNTS_COLLECTION = 'gw_registry_accounts';

export interface AccountDoc {
  accountId: string;
  username?: string;
  kind: string;
  personId?: string;
  roles: { role: string; unitId: string | null }[];
  roleUnitIds: string[];
  openedOn: string;
  closed: boolean;
  /** Sessions that ended (sign-out, reuse, password change): their access tokens are refused. */
  endedSessions: string[];
}

const withRoles = (doc: AccountDoc, roles: AccountDoc['roles']): AccountDoc => ({
  ...doc,
  roles,
  roleUnitIds: [...new Set(roles.map((r) => r.unitId ?? '(national level)'))],
});

export function evolveAccount(doc: AccountDoc | null, event: EventEnvelope): AccountDoc {
  const data = event.data as Record<string, unknown>;
  if (event.type === 'AccountOpened') {
    const username = typeof data['username'] === 'string' && !isErased(data['username']) ? data['username'] : undefined;
    return {
      accountId: String(data['accountId']),
      ...(username ? { username } : {}),
      kind: String(data['kind']),
      ...(typeof data['personId'] === 'string' ? { personId: data['personId'] } : {}),
      roles: [],
      roleUnitIds: [],
      openedOn: String(data['openedOn']),
      closed: false,
      endedSessions: [],
    };
  }
  if (!doc) throw new Error(`${event.type} before AccountOpened`);
  const grant = { role: String(data['role']), unitId: typeof data['unitId'] === 'string' ? data['unitId'] : null };
  switch (event.type) {
    case 'RoleGranted':
      return withRoles(doc, [...doc.roles.filter((r) => r.role !== grant.role || r.unitId !== grant.unitId), grant]);
    case 'RoleRevoked':
      return withRoles(doc, doc.roles.filter((r) => r.role !== grant.role || r.unitId !== grant.unitId));
    case 'SessionEnded':
      return { ...doc, endedSessions: [...doc.endedSessions, String(data['sessionId'])].slice(-200) };
    case 'AccountClosed':
      return { ...doc, closed: true };
    case 'SessionStarted':
    case 'SessionRefreshed':
    case 'PasswordChanged':
      return doc; // nothing the API shows; handled so the consistency token of a sign-in resolves
    default:
      throw new Error(`account read model cannot apply ${event.type}`);
  }
}

/** Its purge destroys the subject's gateway key too (the cipher is the core's, given by injection). */
export const accountProjection = (cipher: ReadModelCipher) =>
  defineProjection<AccountDoc>({
  name: 'gateway-accounts',
  collection: ACCOUNTS_COLLECTION,
  handles: ['AccountOpened', 'RoleGranted', 'RoleRevoked', 'SessionStarted', 'SessionRefreshed', 'SessionEnded', 'PasswordChanged', 'AccountClosed'],
  documentId: (event) => String((event.data as Record<string, unknown>)['accountId']),
  evolve: evolveAccount,
  purgeSubject: async (collection, subjectId) => {
    // `_purges` in the same update: a projector write prepared before the purge then fails its guard.
    await cipher.erase(subjectId);
    await collection.updateOne({ _id: subjectId as never }, { $unset: { username: '' }, $inc: { _purges: 1 } });
  },
});
