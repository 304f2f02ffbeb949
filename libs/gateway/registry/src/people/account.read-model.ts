import { accountEventTypes } from '@tn/registry-contracts';
import { assertNever } from '@tn/shared-decider';
import { projectionOver } from '@tn/shared-event-bus';
import { type EnvelopeOf, type EventsOf, isErased } from '@tn/shared-event-contracts';
import type { ReadModelCipher } from '@tn/gateway-core';
import type { WithSealedFields } from './sealed-personal-data';

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

/** The account events as projected: the username (AccountOpened's personal field) sealed. */
type AccountEvent = WithSealedFields<EnvelopeOf<EventsOf<typeof accountEventTypes>>, 'username'>;
type GrantEvent = Extract<AccountEvent, { type: 'RoleGranted' | 'RoleRevoked' }>;

const grantOf = ({ data }: GrantEvent): AccountDoc['roles'][number] => ({ role: data.role, unitId: typeof data.unitId === 'string' ? data.unitId : null });
const sameGrant = (a: AccountDoc['roles'][number], b: AccountDoc['roles'][number]) => a.role === b.role && a.unitId === b.unitId;

export function evolveAccount(doc: AccountDoc | null, event: AccountEvent): AccountDoc {
  if (event.type === 'AccountOpened') {
    const { accountId, username: stored, kind, personId, openedOn } = event.data;
    const username = typeof stored === 'string' && !isErased(stored) ? stored : undefined;
    return {
      accountId,
      ...(username ? { username } : {}),
      kind,
      ...(typeof personId === 'string' ? { personId } : {}),
      roles: [],
      roleUnitIds: [],
      openedOn,
      closed: false,
      endedSessions: [],
    };
  }
  if (!doc) throw new Error(`${event.type} before AccountOpened`);
  switch (event.type) {
    case 'RoleGranted': {
      const grant = grantOf(event);
      return withRoles(doc, [...doc.roles.filter((r) => !sameGrant(r, grant)), grant]);
    }
    case 'RoleRevoked': {
      const grant = grantOf(event);
      return withRoles(
        doc,
        doc.roles.filter((r) => !sameGrant(r, grant)),
      );
    }
    case 'SessionEnded':
      return { ...doc, endedSessions: [...doc.endedSessions, event.data.sessionId].slice(-200) };
    case 'AccountClosed':
      return { ...doc, closed: true };
    case 'SessionStarted':
    case 'SessionRefreshed':
    case 'PasswordChanged':
      return doc; // nothing the API shows; handled so the consistency token of a sign-in resolves
    default:
      return assertNever(event);
  }
}

/** Its purge destroys the subject's gateway key too (the cipher is the core's, given by injection). */
export const accountProjection = (cipher: ReadModelCipher) =>
  projectionOver(accountEventTypes, {
    name: 'gateway-accounts',
    collection: ACCOUNTS_COLLECTION,
    documentId: (event) => event.data.accountId,
    evolve: evolveAccount,
    // PeopleDirectory.accountsOf: the accounts holding a role in a unit ({ roleUnitIds }).
    indexes: [{ roleUnitIds: 1 }],
    purgeSubject: async (collection, subjectId) => {
      // `_purges` in the same update: a projector write prepared before the purge then fails its guard.
      await cipher.erase(subjectId);
      await collection.updateOne({ _id: subjectId as never }, { $unset: { username: '' }, $inc: { _purges: 1 } });
    },
  });
