import type { Db } from 'mongodb';
import type { EventEnvelope } from '@tn/shared-event-contracts';
import { partnerAccountLookupsFrom } from './partner-account-lookups';
import { partnerFeedsOf } from './partner-feeds';
import { PARTNER_ACCOUNTS_PROJECTION, partnerAccountsProjection } from './partner-accounts.projection';
import { REGISTRY_ACCOUNTS_PROJECTION, registryAccountsProjection } from './registry-accounts.projection';

const event = (type: string, data: object) => ({ type, data }) as unknown as EventEnvelope;

describe('registry accounts copy', () => {
  const evolve = (row: object | null, type: string, data: object) => registryAccountsProjection.evolve(row as never, event(type, data));
  const opened = { accountId: 'acc-1', username: 'doi-tac@example.org', kind: 'partner', passwordHash: 'h', openedOn: '2026-01-01' };

  it('keeps one row per account with its kind, and nothing personal (never the username)', () => {
    expect(registryAccountsProjection.documentId(event('AccountOpened', opened))).toBe('acc-1');
    expect(evolve(null, 'AccountOpened', opened)).toEqual({ kind: 'partner', closed: false });
  });

  it('marks a closed account closed, and ignores a closing of an account it never saw opened', () => {
    expect(evolve({ kind: 'partner', closed: false }, 'AccountClosed', { accountId: 'acc-1', closedOn: '2026-05-01' })).toEqual({
      kind: 'partner',
      closed: true,
    });
    expect(evolve(null, 'AccountClosed', { accountId: 'acc-1', closedOn: '2026-05-01' })).toBeNull();
  });

  it('follows only the openings and closings, out of the account stream’s order', () => {
    expect(registryAccountsProjection.handles).toEqual(['AccountOpened', 'AccountClosed']);
    expect(registryAccountsProjection.contiguous).toBe(false);
    expect(registryAccountsProjection.documentId(event('AccountOpened', {}))).toBeUndefined();
  });
});

describe('partner accounts projection', () => {
  const evolve = (row: object | null, type: string, partnerId: string) =>
    partnerAccountsProjection.evolve(row as never, event(type, { partnerId, accountId: 'acc-1', linkedBy: 'm', linkedOn: '2026-01-01' }));

  it('keeps the partner each account reads as, by account id', () => {
    expect(partnerAccountsProjection.documentId(event('PartnerAccountLinked', { partnerId: 'p-1', accountId: 'acc-1' }))).toBe('acc-1');
    expect(evolve(null, 'PartnerAccountLinked', 'p-1')).toEqual({ partnerId: 'p-1' });
  });

  it('removes the row on an unlink from its partner, and keeps it on an unlink from another partner arriving late', () => {
    expect(evolve({ partnerId: 'p-1' }, 'PartnerAccountUnlinked', 'p-1')).toBeNull();
    expect(evolve({ partnerId: 'p-2' }, 'PartnerAccountUnlinked', 'p-1')).toEqual({ partnerId: 'p-2' });
    expect(evolve(null, 'PartnerAccountUnlinked', 'p-1')).toBeNull();
  });

  it('follows only the link events, out of the partner stream’s order', () => {
    expect(partnerAccountsProjection.handles).toEqual(['PartnerAccountLinked', 'PartnerAccountUnlinked']);
    expect(partnerAccountsProjection.contiguous).toBe(false);
  });
});

describe('partner account look-ups', () => {
  const rows: Record<string, Record<string, object>> = {
    [REGISTRY_ACCOUNTS_PROJECTION.collection]: {
      'acc-open': { kind: 'partner', closed: false },
      'acc-closed': { kind: 'partner', closed: true },
      'acc-gone': { _deleted: true },
    },
    [PARTNER_ACCOUNTS_PROJECTION.collection]: { 'acc-open': { partnerId: 'p-1' }, 'acc-old': { _deleted: true, partnerId: 'p-9' } },
  };
  const db = {
    collection: (name: string) => ({ findOne: async ({ _id }: { _id: string }) => (rows[name]?.[_id] ? { _id, ...rows[name][_id] } : null) }),
  } as unknown as Db;
  const lookups = partnerAccountLookupsFrom(() => db);

  it('answers an open account with its kind, and no account when there is none or it is closed', async () => {
    expect(await lookups.accountOf('acc-open')).toEqual({ kind: 'partner' });
    expect(await lookups.accountOf('acc-closed')).toBeUndefined();
    expect(await lookups.accountOf('acc-gone')).toBeUndefined();
    expect(await lookups.accountOf('acc-none')).toBeUndefined();
  });

  it('answers the partner an account reads as, if any', async () => {
    expect(await lookups.partnerOfAccount('acc-open')).toBe('p-1');
    expect(await lookups.partnerOfAccount('acc-old')).toBeUndefined();
    expect(await lookups.partnerOfAccount('acc-none')).toBeUndefined();
  });
});

describe('partner feeds', () => {
  it('mounts the registry accounts on the registry topic and the links on the network topic, each under its own group', () => {
    const feeds = partnerFeedsOf({ topicPrefix: 'test-', topic: 'test-network.events', db: () => ({}) as Db });
    expect(feeds.projections.map(({ groupId, topics, projections }) => [groupId, topics, projections.map((projection) => projection.collection)])).toEqual([
      ['test-network-registry-accounts-v1', ['test-registry.events'], ['network_registry_accounts']],
      ['test-network-partner-accounts-v1', ['test-network.events'], ['network_partner_accounts']],
    ]);
    expect(Object.keys(feeds.lookups)).toEqual(['accountOf', 'partnerOfAccount']);
  });
});
