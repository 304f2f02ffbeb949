import type { Connection } from 'mongoose';
import { agreementProjection, type AgreementDoc, evolveAgreementDoc } from './agreement.read-model';
import { evolvePartnerAccountDoc, partnerAccountProjection } from './partner-account.read-model';
import { partnerIdOfAccount, PartnerReads } from './partner-reads';
import { evolvePartnerDoc, partnerProjection } from './partner.read-model';
import { agreementView } from './partner-views';

const envelope = (type: string, data: object) => ({ type, data, streamId: 's', streamVersion: 1, eventId: 'e' }) as never;

const registered = {
  partnerId: 'p-1',
  name: 'VNPT Lào Cai',
  kind: 'business',
  countryCode: 'VN',
  ownerUnitId: 'lao-cai',
  website: 'https://vnpt.vn',
  registeredBy: 'acc-m',
  registeredOn: '2026-01-05',
};
const commitment = { commitmentId: 'c1', kind: 'people', description: 'Kỹ sư', quantity: 5, measure: 'người' };
const signed = {
  agreementId: 'ag-1',
  partnerId: 'p-1',
  title: 'Hợp tác chuyển đổi số',
  scope: 'Dịch vụ công trực tuyến',
  fields: ['digital-transformation'],
  leadUnitId: 'lao-cai',
  partyUnitIds: ['bat-xat', 'sa-pa'],
  signedOn: '2026-03-01',
  validFrom: '2026-04-01',
  validTo: '2026-12-31',
  commitments: [commitment],
  recordedBy: 'acc-m',
  recordedOn: '2026-03-02',
};

describe('partner read model', () => {
  it('keeps the profile and the linked accounts, one document per partner stream, indexed by owner unit', () => {
    const doc = evolvePartnerDoc(null, envelope('PartnerRegistered', registered));
    expect(doc).toEqual({ ...registered, accountIds: [] });
    const linked = evolvePartnerDoc(doc, envelope('PartnerAccountLinked', { partnerId: 'p-1', accountId: 'acc-p', linkedBy: 'm', linkedOn: '2026-02-01' }));
    expect(linked.accountIds).toEqual(['acc-p']);
    expect(evolvePartnerDoc(linked, envelope('PartnerAccountUnlinked', { partnerId: 'p-1', accountId: 'acc-p' })).accountIds).toEqual([]);
    expect(partnerProjection.indexes).toEqual([{ ownerUnitId: 1 }]);
    expect(partnerProjection.documentId(envelope('PartnerRevised', { partnerId: 'p-1' }))).toBe('p-1');
  });

  it('takes a revision as the whole profile: a website left out is gone', () => {
    const doc = evolvePartnerDoc(null, envelope('PartnerRegistered', registered));
    const revised = evolvePartnerDoc(
      doc,
      envelope('PartnerRevised', { partnerId: 'p-1', name: 'VNPT', kind: 'business', countryCode: 'VN', revisedBy: 'acc-2', revisedOn: '2026-02-02' }),
    );
    expect(revised).toMatchObject({ name: 'VNPT', revisedBy: 'acc-2', revisedOn: '2026-02-02', ownerUnitId: 'lao-cai' });
    expect(revised).not.toHaveProperty('website');
  });
});

describe('partner accounts read model', () => {
  it('keeps the partner each account reads as, by account id, whatever order partners’ streams arrive in', () => {
    const link = (partnerId: string) => envelope('PartnerAccountLinked', { partnerId, accountId: 'acc-p' });
    const unlink = (partnerId: string) => envelope('PartnerAccountUnlinked', { partnerId, accountId: 'acc-p' });
    expect(partnerAccountProjection.documentId(link('p-1'))).toBe('acc-p');
    expect(evolvePartnerAccountDoc(null, link('p-1'))).toEqual({ partnerId: 'p-1' });
    expect(evolvePartnerAccountDoc({ partnerId: 'p-1' }, unlink('p-1'))).toBeNull();
    expect(evolvePartnerAccountDoc({ partnerId: 'p-2' }, unlink('p-1'))).toEqual({ partnerId: 'p-2' });
    expect(partnerAccountProjection.contiguous).toBe(false);
  });
});

describe('agreement read model', () => {
  const doc = evolveAgreementDoc(null, envelope('AgreementSigned', signed));

  it('keeps the terms with every unit it binds in one indexed list, lead first', () => {
    expect(doc).toMatchObject({ unitIds: ['lao-cai', 'bat-xat', 'sa-pa'], state: 'signed', amendmentCount: 0 });
    expect(agreementProjection.indexes).toEqual([{ unitIds: 1 }, { partnerId: 1 }]);
  });

  it('takes amendments and the termination, its status judged on the date asked', () => {
    const amended = evolveAgreementDoc(
      doc,
      envelope('AgreementAmended', {
        agreementId: 'ag-1',
        validTo: '2027-06-30',
        scope: 'Mở rộng',
        commitments: [],
        amendedBy: 'acc-2',
        amendedOn: '2026-09-01',
      }),
    );
    expect(amended).toMatchObject({ validTo: '2027-06-30', scope: 'Mở rộng', commitments: [], amendmentCount: 1, amendedBy: 'acc-2' });
    const terminated = evolveAgreementDoc(
      amended,
      envelope('AgreementTerminated', { agreementId: 'ag-1', on: '2026-10-01', reason: 'Tái cơ cấu', terminatedBy: 'acc-3', terminatedOn: '2026-09-20' }),
    );
    expect(terminated.state).toBe('terminated');
    expect(['2026-03-31', '2026-09-30', '2026-10-01'].map((date) => agreementView(terminated, date).status)).toEqual([
      'not-yet-in-force',
      'in-force',
      'terminated',
    ]);
    expect(agreementView(terminated, '2026-10-01')).toMatchObject({
      terminatedFrom: '2026-10-01',
      terminationReason: 'Tái cơ cấu',
      terminatedOn: '2026-09-20',
    });
    expect(agreementView(doc, '2027-01-01')).toMatchObject({ status: 'expired', terminatedFrom: null, asOf: '2027-01-01' });
  });
});

describe('partner reads', () => {
  const filters: Record<string, unknown>[] = [];
  const stored: Record<string, Record<string, unknown>[]> = {
    gw_network_agreements: [{ _id: 'ag-1', ...(evolveAgreementDoc(null, envelope('AgreementSigned', signed)) as AgreementDoc) }],
    gw_network_partner_accounts: [
      { _id: 'acc-p', partnerId: 'p-1' },
      { _id: 'acc-old', _deleted: true },
    ],
  };
  const matching = (name: string, filter: Record<string, unknown>) => {
    filters.push(filter);
    return (stored[name] ?? []).filter((doc) =>
      Object.entries(filter).every(([field, value]) => (Array.isArray(doc[field]) ? (doc[field] as unknown[]).includes(value) : doc[field] === value)),
    );
  };
  const connection = {
    collection: (name: string) => ({
      findOne: async (filter: Record<string, unknown>) => matching(name, filter)[0] ?? null,
      find: (filter: Record<string, unknown>) => ({ toArray: async () => matching(name, filter) }),
    }),
  } as unknown as Connection;
  const reads = new PartnerReads(connection);

  it('finds a unit’s agreements as lead or party, and a partner’s, by one equality each', async () => {
    expect((await reads.agreementsOfUnit('sa-pa')).map((doc) => doc.agreementId)).toEqual(['ag-1']);
    expect((await reads.agreementsOfUnit('lao-cai')).map((doc) => doc.agreementId)).toEqual(['ag-1']);
    expect(await reads.agreementsOfUnit('muong-khuong')).toEqual([]);
    expect((await reads.agreementsOfPartner('p-1')).map((doc) => doc.agreementId)).toEqual(['ag-1']);
  });

  it('answers the partner an account reads as, none for an unlinked one', async () => {
    expect(await partnerIdOfAccount(reads, 'acc-p')).toBe('p-1');
    expect(await partnerIdOfAccount(connection, 'acc-p')).toBe('p-1');
    expect(await partnerIdOfAccount(reads, 'acc-old')).toBeUndefined();
    expect(await partnerIdOfAccount(reads, 'acc-none')).toBeUndefined();
  });

  it('reads by top-level equalities on strings only (ADR 0017)', () => {
    expect(
      filters.filter(
        (filter) => !Object.entries(filter).every(([field, value]) => !field.startsWith('$') && !field.includes('.') && typeof value === 'string'),
      ),
    ).toEqual([]);
  });
});
