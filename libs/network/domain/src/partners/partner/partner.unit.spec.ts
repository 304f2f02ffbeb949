import { fold, given } from '@tn/shared-decider';
import type { LinkPartnerAccountCommand, RegisterPartnerCommand, RevisePartnerCommand, UnlinkPartnerAccountCommand } from './partner.commands';
import { partnerDecider } from './partner.decide';
import { type PartnerEvent, partnerStreamId } from './partner.events';

const act = { today: '2026-03-02', actorId: 'acc-manager' };
const register: RegisterPartnerCommand = {
  type: 'RegisterPartner',
  partnerId: 'p-vnpt',
  name: 'VNPT Lào Cai',
  kind: 'business',
  ownerUnitId: 'unit-lao-cai',
  website: 'https://vnpt.com.vn',
  ...act,
};
const registered: PartnerEvent = {
  type: 'PartnerRegistered',
  data: {
    partnerId: 'p-vnpt',
    name: 'VNPT Lào Cai',
    kind: 'business',
    countryCode: 'VN',
    ownerUnitId: 'unit-lao-cai',
    website: 'https://vnpt.com.vn',
    registeredBy: 'acc-manager',
    registeredOn: '2026-03-02',
  },
};
const revise: RevisePartnerCommand = { type: 'RevisePartner', partnerId: 'p-vnpt', name: 'VNPT Lào Cai (Viễn thông)', kind: 'business', ...act };
const partnerAccount = { kind: 'partner' };
const link = (overrides: Partial<LinkPartnerAccountCommand> = {}): LinkPartnerAccountCommand => ({
  type: 'LinkPartnerAccount',
  partnerId: 'p-vnpt',
  accountId: 'acc-vnpt',
  account: partnerAccount,
  ...act,
  ...overrides,
});
const linked = (accountId = 'acc-vnpt'): PartnerEvent => ({
  type: 'PartnerAccountLinked',
  data: { partnerId: 'p-vnpt', accountId, linkedBy: 'acc-manager', linkedOn: '2026-03-02' },
});
const unlink: UnlinkPartnerAccountCommand = { type: 'UnlinkPartnerAccount', partnerId: 'p-vnpt', accountId: 'acc-vnpt', ...act };
const unlinked: PartnerEvent = {
  type: 'PartnerAccountUnlinked',
  data: { partnerId: 'p-vnpt', accountId: 'acc-vnpt', unlinkedBy: 'acc-manager', unlinkedOn: '2026-03-02' },
};

describe('partner', () => {
  it('lives on its own stream', () => {
    expect(partnerStreamId('p-vnpt')).toBe('partner-p-vnpt');
  });

  describe('registering', () => {
    it('registers a partner for its owner unit, Vietnamese when no country is given, by the actor, today', () => {
      given(partnerDecider).when(register).then([registered]);
    });

    it('takes the country code in either case and stores it in capitals; no website is no website', () => {
      const { website: _website, ...withoutWebsite } = register;
      const { website: _stored, ...storedWithoutWebsite } = registered.data;
      given(partnerDecider)
        .when({ ...withoutWebsite, name: ' UNICEF Việt Nam ', kind: 'international-organisation', countryCode: 'us' })
        .then([
          {
            type: 'PartnerRegistered',
            data: { ...storedWithoutWebsite, name: 'UNICEF Việt Nam', kind: 'international-organisation', countryCode: 'US' },
          },
        ]);
    });

    it('refuses a partner id already taken', () => {
      given(partnerDecider, [registered]).when(register).thenFails('PARTNER.ALREADY_EXISTS');
    });

    it('refuses a blank name or an unknown kind', () => {
      expect(
        given(partnerDecider)
          .when({ ...register, name: '  ' })
          .thenFails('PARTNER.TEXT_REQUIRED').field,
      ).toBe('name');
      given(partnerDecider)
        .when({ ...register, kind: 'charity' as never })
        .thenFails('PARTNER.KIND_UNKNOWN');
    });

    it.each(['VNM', 'V', 'V1', '84'])('refuses the country code %j: two letters of ISO 3166-1', (countryCode) => {
      expect(
        given(partnerDecider)
          .when({ ...register, countryCode })
          .thenFails('PARTNER.COUNTRY_CODE_INVALID').field,
      ).toBe('countryCode');
    });

    it.each(['vnpt.com.vn', 'ftp://vnpt.com.vn', 'https://admin:secret@vnpt.com.vn'])('refuses the website %j', (website) => {
      expect(
        given(partnerDecider)
          .when({ ...register, website })
          .thenFails('PARTNER.WEBSITE_INVALID').field,
      ).toBe('website');
    });

    it('refuses an act with no valid date or no actor', () => {
      given(partnerDecider)
        .when({ ...register, today: '02/03/2026' })
        .thenFails('PARTNER.DATE_INVALID');
      given(partnerDecider)
        .when({ ...register, actorId: '' })
        .thenFails('PARTNER.ACTOR_REQUIRED');
    });
  });

  describe('revising', () => {
    it('records the whole new profile: a website left out is removed', () => {
      given(partnerDecider, [registered])
        .when(revise)
        .then([
          {
            type: 'PartnerRevised',
            data: {
              partnerId: 'p-vnpt',
              name: 'VNPT Lào Cai (Viễn thông)',
              kind: 'business',
              countryCode: 'VN',
              revisedBy: 'acc-manager',
              revisedOn: '2026-03-02',
            },
          },
        ]);
      const state = fold(partnerDecider, [registered, ...partnerDecider.decide(revise, fold(partnerDecider, [registered]))]);
      expect(state).toMatchObject({ name: 'VNPT Lào Cai (Viễn thông)', ownerUnitId: 'unit-lao-cai' });
      expect(state).not.toHaveProperty('website');
    });

    it('checks the profile as a registration does', () => {
      given(partnerDecider, [registered])
        .when({ ...revise, countryCode: 'Viet Nam' })
        .thenFails('PARTNER.COUNTRY_CODE_INVALID');
      given(partnerDecider, [registered])
        .when({ ...revise, kind: 'club' as never })
        .thenFails('PARTNER.KIND_UNKNOWN');
    });

    it('refuses an unknown partner', () => {
      given(partnerDecider).when(revise).thenFails('PARTNER.NOT_FOUND');
    });
  });

  describe('linking accounts', () => {
    it('links an open partner account that reads as no partner yet', () => {
      given(partnerDecider, [registered]).when(link()).then([linked()]);
    });

    it('links several accounts to one partner', () => {
      given(partnerDecider, [registered, linked()])
        .when(link({ accountId: 'acc-vnpt-2' }))
        .then([linked('acc-vnpt-2')]);
      expect(fold(partnerDecider, [registered, linked(), linked('acc-vnpt-2')])).toMatchObject({ accountIds: ['acc-vnpt', 'acc-vnpt-2'] });
    });

    it('records nothing when the account is already this partner’s', () => {
      given(partnerDecider, [registered, linked()])
        .when(link({ linkedPartnerId: 'p-vnpt' }))
        .then([]);
    });

    it('refuses an account the registry does not have open (none, or closed)', () => {
      const error = given(partnerDecider, [registered])
        .when(link({ account: undefined }))
        .thenFails('PARTNER.ACCOUNT_NOT_FOUND');
      expect([error.field, error.details]).toEqual(['accountId', { accountId: 'acc-vnpt' }]);
    });

    it.each(['cadre', 'volunteer', 'service'])('refuses a %s account: only partner accounts read as a partner', (kind) => {
      expect(
        given(partnerDecider, [registered])
          .when(link({ account: { kind } }))
          .thenFails('PARTNER.ACCOUNT_NOT_PARTNER').details,
      ).toEqual({ accountId: 'acc-vnpt', kind });
    });

    it('refuses an account linked to another partner, without naming it', () => {
      const error = given(partnerDecider, [registered])
        .when(link({ linkedPartnerId: 'p-other' }))
        .thenFails('PARTNER.ACCOUNT_LINKED_ELSEWHERE');
      expect(error.details).toEqual({ accountId: 'acc-vnpt' });
    });

    it('links again an account that was unlinked', () => {
      given(partnerDecider, [registered, linked(), unlinked]).when(link()).then([linked()]);
    });

    it('refuses an unknown partner', () => {
      given(partnerDecider).when(link()).thenFails('PARTNER.NOT_FOUND');
    });
  });

  describe('unlinking accounts', () => {
    it('unlinks a linked account', () => {
      given(partnerDecider, [registered, linked()]).when(unlink).then([unlinked]);
      expect(fold(partnerDecider, [registered, linked(), unlinked])).toMatchObject({ accountIds: [] });
    });

    it('refuses an account not linked to the partner', () => {
      expect(given(partnerDecider, [registered]).when(unlink).thenFails('PARTNER.ACCOUNT_NOT_LINKED').field).toBe('accountId');
      given(partnerDecider, [registered, linked(), unlinked]).when(unlink).thenFails('PARTNER.ACCOUNT_NOT_LINKED');
    });

    it('refuses an unknown partner', () => {
      given(partnerDecider).when(unlink).thenFails('PARTNER.NOT_FOUND');
    });
  });

  describe('state', () => {
    it('is owned by the unit that registered it', () => {
      expect(fold(partnerDecider, [registered])).toMatchObject({ status: 'registered', ownerUnitId: 'unit-lao-cai', accountIds: [] });
      expect(fold(partnerDecider, [])).toEqual({ status: 'none' });
    });
  });
});
