import { defineProjection } from '@tn/shared-event-bus';
import type { EventEnvelope } from '@tn/shared-event-contracts';

/**
 * The registry's account events this copy follows (its account contracts, which this context may
 * not import): an account's kind when opened, and its closing.
 */
const ACCOUNT_OPENED = 'AccountOpened';
const ACCOUNT_CLOSED = 'AccountClosed';

/** What linking an account to a partner needs of it: its kind ('partner' for a partner's account) and whether it is closed. */
export interface RegistryAccountRow {
  kind: string;
  closed: boolean;
}

/** The names the copy is stored under: they point at documents and offsets, so they stay (raise the version to rebuild). */
export const REGISTRY_ACCOUNTS_PROJECTION = {
  name: 'network-registry-accounts',
  collection: 'network_registry_accounts',
  groupSuffix: 'network-registry-accounts-v1',
} as const;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Pure: the row after one of the account's events (nothing before it was opened). */
export function evolveRegistryAccount(row: RegistryAccountRow | null, event: EventEnvelope): RegistryAccountRow | null {
  const data = event.data as Record<string, unknown>;
  switch (event.type) {
    case ACCOUNT_OPENED:
      return { kind: text(data['kind']), closed: false };
    case ACCOUNT_CLOSED:
      return row ? { ...row, closed: true } : null;
    default:
      return row;
  }
}

/**
 * The registry's accounts as the network service knows them, one document per account (`_id` the
 * account id), from the registry's topic under the service's own consumer group: whether an account
 * exists, is open and is a partner's, so a partner is linked to an account it may read as. Nothing
 * personal is kept: the username the opening carries is never read (account ids are hashes).
 * `contiguous: false`: the account's stream holds sessions and roles too, which this copy skips.
 */
export const registryAccountsProjection = defineProjection<RegistryAccountRow>({
  name: REGISTRY_ACCOUNTS_PROJECTION.name,
  collection: REGISTRY_ACCOUNTS_PROJECTION.collection,
  handles: [ACCOUNT_OPENED, ACCOUNT_CLOSED],
  contiguous: false,
  documentId: (event) => text((event.data as Record<string, unknown>)['accountId']) || undefined,
  evolve: evolveRegistryAccount,
});
