import { EventTypeRegistry } from '@tn/shared-event-contracts';
import { campaignEventTypes } from '../campaign-event-types';
import { agreementInForceOn, agreementUnitsOf, networkDirectoryCopyOf, networkDirectoryRecordOf } from './network-directory-feed';

const signed = {
  type: 'AgreementSigned',
  data: { agreementId: 'hd-1', partnerId: 'p-1', leadUnitId: 'lao-cai', partyUnitIds: ['ta-van', 'lao-cai'], validFrom: '2026-01-01', validTo: '2026-12-31' },
};

describe("campaigns' reading of the network's directory events", () => {
  it('names the record each event is about, and nothing for another type or a blank id', () => {
    expect(networkDirectoryRecordOf({ type: 'GroupVerified', data: { groupId: 'g-1' } })).toEqual({ kind: 'group', id: 'g-1' });
    expect(networkDirectoryRecordOf(signed)).toEqual({ kind: 'agreement', id: 'hd-1' });
    expect(networkDirectoryRecordOf({ type: 'GroupAffiliated', data: { groupId: 'g-1' } })).toBeUndefined();
    expect(networkDirectoryRecordOf({ type: 'PartnerRegistered', data: { partnerId: ' ' } })).toBeUndefined();
  });

  it('keeps a verified group verified when declared active or dormant, and knows nothing of one declared so before its registration', () => {
    const verified = networkDirectoryCopyOf(null, { type: 'GroupVerified', data: { groupId: 'g-1' } });
    expect(verified).toEqual({ kind: 'group', id: 'g-1', status: 'verified' });
    expect(networkDirectoryCopyOf(verified, { type: 'GroupStatusDeclared', data: { groupId: 'g-1', status: 'active' } })).toEqual(verified);
    expect(networkDirectoryCopyOf(null, { type: 'GroupStatusDeclared', data: { groupId: 'g-1', status: 'dormant' } })).toBeNull();
    expect(networkDirectoryCopyOf(null, { type: 'GroupStatusDeclared', data: { groupId: 'g-1', status: 'dissolved' } })).toMatchObject({ status: 'dissolved' });
  });

  it('is in force from its first to its last valid day, until the day it is terminated', () => {
    const agreement = networkDirectoryCopyOf(null, signed);
    if (agreement?.kind !== 'agreement') throw new Error('expected an agreement');
    expect(['2025-12-31', '2026-01-01', '2026-12-31', '2027-01-01'].map((day) => agreementInForceOn(agreement, day))).toEqual([false, true, true, false]);
    const terminated = networkDirectoryCopyOf(agreement, { type: 'AgreementTerminated', data: { agreementId: 'hd-1', on: '2026-06-01' } });
    if (terminated?.kind !== 'agreement') throw new Error('expected an agreement');
    expect(['2026-05-31', '2026-06-01'].map((day) => agreementInForceOn(terminated, day))).toEqual([true, false]);
    expect(agreementUnitsOf(agreement)).toEqual(['lao-cai', 'ta-van']);
  });

  it('still reads a resource mobilised before agreements existed (the field is optional)', () => {
    const registry = new EventTypeRegistry(campaignEventTypes);
    const resource = { activityId: 'a-1', resourceId: 'r-1', source: 'business', form: 'cash', amountVnd: 1_000_000, receivedOn: '2026-06-20' };
    expect(() => registry.assertValid('ResourceMobilised', resource)).not.toThrow();
    expect(() => registry.assertValid('ResourceMobilised', { ...resource, agreementId: 'hd-1' })).not.toThrow();
    expect(() => registry.assertValid('ResourceMobilised', { ...resource, agreementId: ' ' })).toThrow();
  });
});
