import type { Db } from 'mongodb';
import type { NetworkLookups } from '../lookups';
import { PARTNER_ACCOUNTS_PROJECTION, type PartnerAccountRow } from './partner-accounts.projection';
import { REGISTRY_ACCOUNTS_PROJECTION, type RegistryAccountRow } from './registry-accounts.projection';

type Stored<T> = T & { _id: string; _deleted?: boolean };

/** One row by account id (the projector leaves a tombstone for a deleted one). */
async function rowOf<T>(db: Db, collection: string, accountId: string): Promise<T | undefined> {
  const row = await db.collection<Stored<T>>(collection).findOne({ _id: accountId } as never);
  return row && !row._deleted ? (row as T) : undefined;
}

/**
 * The look-ups a partner's account link needs, over the two projections: the registry account
 * (undefined when there is none or it is closed) and the partner the account reads as.
 */
export function partnerAccountLookupsFrom(db: () => Db): Pick<NetworkLookups, 'accountOf' | 'partnerOfAccount'> {
  return {
    accountOf: async (accountId) => {
      const row = await rowOf<RegistryAccountRow>(db(), REGISTRY_ACCOUNTS_PROJECTION.collection, accountId);
      return row && !row.closed ? { kind: row.kind } : undefined;
    },
    partnerOfAccount: async (accountId) => (await rowOf<PartnerAccountRow>(db(), PARTNER_ACCOUNTS_PROJECTION.collection, accountId))?.partnerId,
  };
}
