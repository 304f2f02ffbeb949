import type { GatewayContext } from '@tn/gateway-core';
import type { NetworkClient } from '../core/network-client';
import { networkAllows, networkAllowsAny, requireNetworkPermission, requireNetworkReader } from '../core/network-permissions';
import type { AgreementDoc } from './agreement.read-model';
import { AgreementsResolver } from './agreements.resolver';
import { partnersOf } from './partner-reads';
import type { PartnerDoc } from './partner.read-model';
import { PartnersResolver } from './partners.resolver';

jest.mock('../core/network-permissions', () => {
  const actual = jest.requireActual('../core/network-permissions');
  return {
    partnerAccountOf: actual.partnerAccountOf,
    networkForbidden: actual.networkForbidden,
    networkAllows: jest.fn(),
    networkAllowsAny: jest.fn(),
    requireNetworkReader: jest.fn(),
    requireNetworkPermission: jest.fn(),
  };
});
jest.mock('./partner-reads', () => ({
  partnersOf: jest.fn(),
  partnerIdOfAccount: (reads: { partnerIdOfAccount(id: string): Promise<string | undefined> }, id: string) => reads.partnerIdOfAccount(id),
}));
jest.mock('@tn/gateway-registry', () => ({ today: () => '2026-06-01' }));

const partner = (partnerId: string, ownerUnitId = 'lao-cai'): PartnerDoc => ({
  partnerId,
  name: `Đối tác ${partnerId}`,
  kind: 'business',
  countryCode: 'VN',
  ownerUnitId,
  accountIds: [`acc-${partnerId}`],
  registeredBy: 'acc-m',
  registeredOn: '2026-01-05',
});
const agreement = (agreementId: string, partnerId: string, [leadUnitId, ...partyUnitIds]: [string, ...string[]], validFrom = '2026-04-01'): AgreementDoc => ({
  agreementId,
  partnerId,
  title: `Thỏa thuận ${agreementId}`,
  scope: 'Hợp tác',
  fields: ['digital-transformation'],
  leadUnitId,
  partyUnitIds,
  unitIds: [leadUnitId, ...partyUnitIds],
  signedOn: '2026-03-01',
  validFrom,
  validTo: '2026-12-31',
  commitments: [],
  state: 'signed',
  recordedBy: 'acc-m',
  recordedOn: '2026-03-01',
  amendmentCount: 0,
});
const partners = [partner('p-1'), partner('p-2', 'ha-giang')];
const agreements = [
  agreement('ag-1', 'p-1', ['lao-cai', 'bat-xat']),
  agreement('ag-2', 'p-2', ['ha-giang']),
  agreement('ag-3', 'p-1', ['sa-pa'], '2027-01-01'),
];
const reads = {
  partner: jest.fn(async (id: string) => partners.find((doc) => doc.partnerId === id)),
  partnersOwnedBy: jest.fn(async (unitId: string) => partners.filter((doc) => doc.ownerUnitId === unitId)),
  agreement: jest.fn(async (id: string) => agreements.find((doc) => doc.agreementId === id)),
  agreementsOfUnit: jest.fn(async (unitId: string) => agreements.filter((doc) => doc.unitIds.includes(unitId))),
  agreementsOfPartner: jest.fn(async (partnerId: string) => agreements.filter((doc) => doc.partnerId === partnerId)),
  partnerIdOfAccount: jest.fn(async (accountId: string) => (accountId === 'acc-p-1' ? 'p-1' : undefined)),
};

const contextOf = (kind: string, sub: string) => ({ language: 'en', user: { claims: { sub, kind, grants: [] }, token: 't' } }) as unknown as GatewayContext;
const partnerAccount = contextOf('partner', 'acc-p-1');
const unlinkedPartner = contextOf('partner', 'acc-p-9');
const cadre = contextOf('cadre', 'acc-cadre');
/** The cadre reads the units of Lào Cai's subtree (lao-cai, bat-xat, sa-pa) and writes lao-cai and bat-xat. */
const readable = new Set(['lao-cai', 'bat-xat', 'sa-pa']);
const writable = new Set(['lao-cai', 'bat-xat']);
const forbidden = () => Object.assign(new Error('forbidden'), { code: 'FORBIDDEN' });

const outcome = { streamId: 's', version: 1, consistencyToken: 't' };
const client = { send: jest.fn(async () => outcome) };
const partnersResolver = new PartnersResolver(client as unknown as NetworkClient);
const agreementsResolver = new AgreementsResolver(client as unknown as NetworkClient);

beforeEach(() => {
  jest.clearAllMocks();
  (partnersOf as jest.Mock).mockReturnValue(reads);
  (requireNetworkReader as jest.Mock).mockImplementation((context: GatewayContext) => {
    if (context.user?.claims.kind !== 'cadre') throw forbidden();
    return context.user;
  });
  (networkAllows as jest.Mock).mockImplementation(
    async (context: GatewayContext, permission: string, unitId: string) =>
      context.user?.claims.kind === 'cadre' && (permission === 'network:read' ? readable : writable).has(unitId),
  );
  (networkAllowsAny as jest.Mock).mockImplementation(
    async (context: GatewayContext, _permission: string, unitIds: string[]) =>
      context.user?.claims.kind === 'cadre' && unitIds.some((unitId) => readable.has(unitId)),
  );
  (requireNetworkPermission as jest.Mock).mockImplementation(async (context: GatewayContext, permission: string, unitId: string) => {
    if (context.user?.claims.kind !== 'cadre' || !(permission === 'network:read' ? readable : writable).has(unitId)) throw forbidden();
    return context.user;
  });
});

describe('what a partner’s account reads', () => {
  it('reads its own partner, without the linked accounts, and answers any other partner as unknown', async () => {
    expect(await partnersResolver.myPartner(partnerAccount)).toMatchObject({ id: 'p-1', accountIds: null });
    expect(await partnersResolver.partner(partnerAccount, 'p-1')).toMatchObject({ id: 'p-1' });
    expect(await partnersResolver.partner(partnerAccount, 'p-2')).toBeNull();
    expect(await partnersResolver.partner(partnerAccount, 'p-none')).toBeNull();
  });

  it('reads the agreements naming its partner, and answers any other agreement as unknown', async () => {
    const mine = await agreementsResolver.myAgreements(partnerAccount);
    expect(mine.edges.map((edge) => [edge.node.id, edge.node.status])).toEqual([
      ['ag-3', 'not-yet-in-force'],
      ['ag-1', 'in-force'],
    ]);
    expect(reads.agreementsOfPartner).toHaveBeenCalledWith('p-1');
    expect((await agreementsResolver.myAgreements(partnerAccount, '2026-06-01', 'in-force')).edges.map((edge) => edge.node.id)).toEqual(['ag-1']);
    expect(await agreementsResolver.agreement(partnerAccount, 'ag-1', '2027-02-01')).toMatchObject({ id: 'ag-1', status: 'expired', asOf: '2027-02-01' });
    expect(await agreementsResolver.agreement(partnerAccount, 'ag-2')).toBeNull();
  });

  it('reads nothing while its account is linked to no partner', async () => {
    expect(await partnersResolver.myPartner(unlinkedPartner)).toBeNull();
    expect((await agreementsResolver.myAgreements(unlinkedPartner)).totalCount).toBe(0);
    expect(await partnersResolver.partner(unlinkedPartner, 'p-1')).toBeNull();
    expect(await agreementsResolver.agreement(unlinkedPartner, 'ag-1')).toBeNull();
  });

  it('lists no unit’s partners or agreements, and changes nothing', async () => {
    await expect(agreementsResolver.unitAgreements(partnerAccount, 'lao-cai')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(partnersResolver.unitPartners(partnerAccount, 'lao-cai')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(agreementsResolver.terminateAgreement(partnerAccount, { agreementId: 'ag-1', on: '2026-07-01', reason: 'x' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(client.send).not.toHaveBeenCalled();
  });
});

describe('what a cadre reads', () => {
  it('has no partner of its own', async () => {
    await expect(partnersResolver.myPartner(cadre)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(agreementsResolver.myAgreements(cadre)).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('reads every partner’s profile, its linked accounts only over its owner unit', async () => {
    expect(await partnersResolver.partner(cadre, 'p-1')).toMatchObject({ id: 'p-1', accountIds: ['acc-p-1'] });
    expect(await partnersResolver.partner(cadre, 'p-2')).toMatchObject({ id: 'p-2', accountIds: null });
    expect((await partnersResolver.unitPartners(cadre, 'lao-cai')).edges.map((edge) => edge.node.id)).toEqual(['p-1']);
    await expect(partnersResolver.unitPartners(cadre, 'lao-cai', 'club')).rejects.toMatchObject({ code: 'PARTNER.KIND_UNKNOWN' });
  });

  it('reads an agreement over its lead or any party unit; another answers as unknown', async () => {
    expect(await agreementsResolver.agreement(cadre, 'ag-1')).toMatchObject({ id: 'ag-1', status: 'in-force', asOf: '2026-06-01' });
    expect(await agreementsResolver.agreement(cadre, 'ag-2')).toBeNull();
    await expect(agreementsResolver.agreement(cadre, 'ag-1', '2026-13-01')).rejects.toMatchObject({ code: 'AGREEMENT.DATE_INVALID' });
  });

  it('lists a unit’s agreements as lead or party, on a date, of one status when asked', async () => {
    expect((await agreementsResolver.unitAgreements(cadre, 'bat-xat')).edges.map((edge) => edge.node.id)).toEqual(['ag-1']);
    expect(reads.agreementsOfUnit).toHaveBeenCalledWith('bat-xat');
    expect((await agreementsResolver.unitAgreements(cadre, 'bat-xat', '2027-01-01', 'in-force')).totalCount).toBe(0);
    await expect(agreementsResolver.unitAgreements(cadre, 'bat-xat', undefined, 'active')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(agreementsResolver.unitAgreements(cadre, 'ha-giang')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('commands', () => {
  const money = { commitmentId: 'c1', kind: 'money', description: 'Kinh phí', quantity: 1_000_000, measure: 'VND' };
  const sign = {
    partnerId: 'p-1',
    title: 'Hợp tác',
    scope: 'Chuyển đổi số',
    fields: ['digital-transformation'],
    leadUnitId: 'lao-cai',
    partyUnitIds: ['bat-xat'],
    signedOn: '2026-05-01',
    validFrom: '2026-05-01',
    validTo: '2026-12-31',
    commitments: [money],
  };

  it('signs an agreement with write rights over the lead and every party unit', async () => {
    const result = await agreementsResolver.signAgreement(cadre, { ...sign, agreementId: 'ag-new' });
    expect(result).toMatchObject({ id: 'ag-new', consistencyToken: 't' });
    expect(client.send).toHaveBeenCalledWith(expect.anything(), 'SignAgreement', { ...sign, agreementId: 'ag-new' }, cadre.user, 'en');
    await expect(agreementsResolver.signAgreement(cadre, { ...sign, partyUnitIds: ['sa-pa'] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(agreementsResolver.signAgreement(cadre, { ...sign, fields: ['tourism'] })).rejects.toMatchObject({ code: 'AGREEMENT.FIELD_UNKNOWN' });
    await expect(agreementsResolver.signAgreement(cadre, { ...sign, commitments: [{ ...money, kind: 'services' }] })).rejects.toMatchObject({
      code: 'AGREEMENT.COMMITMENT_KIND_UNKNOWN',
    });
  });

  it('amends and terminates an agreement it reads, with write rights over its lead unit', async () => {
    await agreementsResolver.amendAgreement(cadre, { agreementId: 'ag-1', validTo: '2027-06-30', scope: 'Mở rộng', commitments: [] });
    expect(client.send).toHaveBeenCalledWith(
      expect.anything(),
      'AmendAgreement',
      { agreementId: 'ag-1', validTo: '2027-06-30', scope: 'Mở rộng', commitments: [] },
      cadre.user,
      'en',
    );
    await expect(agreementsResolver.terminateAgreement(cadre, { agreementId: 'ag-2', on: '2026-07-01', reason: 'x' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    // sa-pa leads ag-3: read, not written.
    await expect(agreementsResolver.terminateAgreement(cadre, { agreementId: 'ag-3', on: '2027-02-01', reason: 'x' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('registers, revises and links accounts of a partner with write rights over its owner unit', async () => {
    await partnersResolver.registerPartner(cadre, {
      partnerId: 'p-new',
      name: 'UNICEF',
      kind: 'international-organisation',
      countryCode: 'US',
      ownerUnitId: 'lao-cai',
    });
    expect(client.send).toHaveBeenLastCalledWith(
      expect.anything(),
      'RegisterPartner',
      { partnerId: 'p-new', name: 'UNICEF', kind: 'international-organisation', countryCode: 'US', ownerUnitId: 'lao-cai' },
      cadre.user,
      'en',
    );
    await partnersResolver.linkPartnerAccount(cadre, { partnerId: 'p-1', accountId: 'acc-new' });
    expect(client.send).toHaveBeenLastCalledWith(expect.anything(), 'LinkPartnerAccount', { partnerId: 'p-1', accountId: 'acc-new' }, cadre.user, 'en');
    await expect(partnersResolver.revisePartner(cadre, { partnerId: 'p-none', name: 'x', kind: 'business' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(partnersResolver.unlinkPartnerAccount(cadre, { partnerId: 'p-2', accountId: 'acc-p-2' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
