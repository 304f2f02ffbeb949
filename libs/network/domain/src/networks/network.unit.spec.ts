import { fold, given } from '@tn/shared-decider';
import type { AdmitNetworkMemberCommand, DissolveNetworkCommand, EndNetworkMembershipCommand, FormNetworkCommand } from './network.commands';
import { networkDecider } from './network.decide';
import { type NetworkEvent, networkStreamId } from './network.events';

const act = { today: '2026-06-10', actorId: 'acc-manager' };
const form: FormNetworkCommand = {
  type: 'FormNetwork',
  networkId: 'net-1',
  name: 'Mạng lưới tình nguyện vì môi trường Tây Bắc',
  kind: 'network',
  reach: 'provincial',
  ownerUnitId: 'unit-lao-cai',
  fields: ['environment-climate-change', 'disaster-prevention-response'],
  purpose: 'Kết nối các nhóm làm sạch môi trường',
  ...act,
};
const formed: NetworkEvent = {
  type: 'NetworkFormed',
  data: {
    networkId: 'net-1',
    name: 'Mạng lưới tình nguyện vì môi trường Tây Bắc',
    kind: 'network',
    reach: 'provincial',
    ownerUnitId: 'unit-lao-cai',
    fields: ['environment-climate-change', 'disaster-prevention-response'],
    purpose: 'Kết nối các nhóm làm sạch môi trường',
    formedBy: 'acc-manager',
    formedOn: '2026-06-10',
  },
};
const found = { exists: true };
const admit = (
  kind: 'group' | 'unit' | 'partner',
  id: string,
  from: string,
  member: { exists: boolean; dissolved?: boolean } = found,
): AdmitNetworkMemberCommand => ({
  type: 'AdmitNetworkMember',
  networkId: 'net-1',
  member: { kind, id, ...member },
  from,
  ...act,
});
const admitted = (memberKind: 'group' | 'unit' | 'partner', memberId: string, from: string): NetworkEvent => ({
  type: 'NetworkMemberAdmitted',
  data: { networkId: 'net-1', memberKind, memberId, from, admittedBy: 'acc-manager', admittedOn: '2026-06-10' },
});
const end = (
  memberKind: 'group' | 'unit' | 'partner',
  memberId: string,
  to: string,
  overrides: Partial<EndNetworkMembershipCommand> = {},
): EndNetworkMembershipCommand => ({
  type: 'EndNetworkMembership',
  networkId: 'net-1',
  memberKind,
  memberId,
  to,
  reason: 'Nhóm chuyển sang hoạt động khác',
  ...act,
  ...overrides,
});
const ended = (memberKind: 'group' | 'unit' | 'partner', memberId: string, from: string, to: string): NetworkEvent => ({
  type: 'NetworkMembershipEnded',
  data: {
    networkId: 'net-1',
    memberKind,
    memberId,
    from,
    to,
    cause: 'ended',
    reason: 'Nhóm chuyển sang hoạt động khác',
    endedBy: 'acc-manager',
    endedOn: '2026-06-10',
  },
});
const dissolve: DissolveNetworkCommand = { type: 'DissolveNetwork', networkId: 'net-1', on: '2026-06-01', reason: 'Hoàn thành mục tiêu', ...act };
const dissolved: NetworkEvent = {
  type: 'NetworkDissolved',
  data: { networkId: 'net-1', on: '2026-06-01', reason: 'Hoàn thành mục tiêu', dissolvedBy: 'acc-manager', dissolvedOn: '2026-06-10' },
};

describe('network', () => {
  describe('forming', () => {
    it('forms a network for its owner unit, by the actor, today', () => {
      given(networkDecider).when(form).then([formed]);
      expect(networkStreamId('net-1')).toBe('network-net-1');
      expect(fold(networkDecider, [formed])).toMatchObject({ status: 'active', ownerUnitId: 'unit-lao-cai', memberships: [] });
    });

    it('forms a national coalition; a field named twice counts once, texts are trimmed', () => {
      given(networkDecider)
        .when({ ...form, kind: 'coalition', reach: 'national', name: ' Liên minh ', fields: ['public-health', 'public-health'], purpose: ' Y tế ' })
        .then([
          {
            type: 'NetworkFormed',
            data: { ...formed.data, kind: 'coalition', reach: 'national', name: 'Liên minh', fields: ['public-health'], purpose: 'Y tế' },
          },
        ]);
    });

    it('starts with no owner: the authoriser finds none for an unknown network', () => {
      expect(networkDecider.initialState()).toEqual({ status: 'none', networkId: '', ownerUnitId: '', memberships: [] });
    });

    it('refuses a network id already taken', () => {
      given(networkDecider, [formed]).when(form).thenFails('NETWORK.ALREADY_EXISTS');
    });

    it.each([
      [{ kind: 'club' }, 'NETWORK.KIND_UNKNOWN', 'kind'],
      [{ reach: 'regional' }, 'NETWORK.REACH_UNKNOWN', 'reach'],
      [{ fields: [] }, 'NETWORK.FIELDS_REQUIRED', 'fields'],
      [{ fields: ['public-health', 'sports'] }, 'NETWORK.FIELD_UNKNOWN', 'fields.1'],
      [{ name: ' ' }, 'NETWORK.TEXT_REQUIRED', 'name'],
      [{ purpose: '' }, 'NETWORK.TEXT_REQUIRED', 'purpose'],
      [{ actorId: ' ' }, 'NETWORK.ACTOR_REQUIRED', 'actorId'],
      [{ today: '2026-02-30' }, 'NETWORK.DATE_INVALID', 'today'],
    ])('refuses %j', (change, code, field) => {
      expect(
        given(networkDecider)
          .when({ ...form, ...change } as FormNetworkCommand)
          .thenFails(code).field,
      ).toBe(field);
    });
  });

  describe('admitting members', () => {
    it('admits a group, a unit and a partner, each from its date', () => {
      given(networkDecider, [formed])
        .when(admit('group', 'grp-1', '2026-06-01'))
        .then([admitted('group', 'grp-1', '2026-06-01')]);
      given(networkDecider, [formed])
        .when(admit('unit', 'unit-sa-pa', '2026-06-10'))
        .then([admitted('unit', 'unit-sa-pa', '2026-06-10')]);
      given(networkDecider, [formed])
        .when(admit('partner', 'ptn-1', '2025-12-31'))
        .then([admitted('partner', 'ptn-1', '2025-12-31')]);
    });

    it('admits a member from another province: only its existence is checked (membership is not affiliation)', () => {
      given(networkDecider, [formed])
        .when(admit('group', 'grp-ha-giang', '2026-06-01'))
        .then([admitted('group', 'grp-ha-giang', '2026-06-01')]);
      given(networkDecider, [formed])
        .when(admit('unit', 'unit-ca-mau', '2026-06-01'))
        .then([admitted('unit', 'unit-ca-mau', '2026-06-01')]);
    });

    it('refuses a member that does not exist (a group not verified, an unknown unit or partner)', () => {
      const error = given(networkDecider, [formed])
        .when(admit('group', 'grp-x', '2026-06-01', { exists: false }))
        .thenFails('NETWORK.MEMBER_NOT_FOUND');
      expect([error.kind, error.details]).toEqual(['not-found', { memberKind: 'group', memberId: 'grp-x' }]);
    });

    it('refuses a dissolved group', () => {
      given(networkDecider, [formed])
        .when(admit('group', 'grp-1', '2026-06-01', { exists: true, dissolved: true }))
        .thenFails('NETWORK.MEMBER_DISSOLVED');
    });

    it('refuses an unknown kind of member', () => {
      expect(
        given(networkDecider, [formed])
          .when({ ...admit('group', 'x', '2026-06-01'), member: { kind: 'network', id: 'net-2', exists: true } } as unknown as AdmitNetworkMemberCommand)
          .thenFails('NETWORK.MEMBER_KIND_UNKNOWN').field,
      ).toBe('member.kind');
    });

    it('refuses a membership from a date after today, or no date', () => {
      expect(
        given(networkDecider, [formed])
          .when(admit('group', 'grp-1', '2026-06-11'))
          .thenFails('NETWORK.DATE_AFTER_TODAY').field,
      ).toBe('from');
      expect(
        given(networkDecider, [formed])
          .when(admit('group', 'grp-1', '2026-6-1'))
          .thenFails('NETWORK.DATE_INVALID').field,
      ).toBe('from');
    });

    it('refuses a current member again', () => {
      const error = given(networkDecider, [formed, admitted('group', 'grp-1', '2026-06-01')])
        .when(admit('group', 'grp-1', '2026-06-05'))
        .thenFails('NETWORK.ALREADY_MEMBER');
      expect(error.details).toEqual({ memberKind: 'group', memberId: 'grp-1', since: '2026-06-01' });
    });

    it('tells members of different kinds apart even when their ids coincide', () => {
      given(networkDecider, [formed, admitted('group', 'x-1', '2026-06-01')])
        .when(admit('partner', 'x-1', '2026-06-01'))
        .then([admitted('partner', 'x-1', '2026-06-01')]);
    });

    it('admits a member again after its membership ended, from a later day, keeping the dated history', () => {
      const history = [formed, admitted('group', 'grp-1', '2026-01-01'), ended('group', 'grp-1', '2026-01-01', '2026-03-31')];
      given(networkDecider, history)
        .when(admit('group', 'grp-1', '2026-04-01'))
        .then([admitted('group', 'grp-1', '2026-04-01')]);
      const state = fold(networkDecider, [...history, admitted('group', 'grp-1', '2026-04-01')]);
      expect(state.memberships).toEqual([
        { memberKind: 'group', memberId: 'grp-1', from: '2026-01-01', to: '2026-03-31' },
        { memberKind: 'group', memberId: 'grp-1', from: '2026-04-01' },
      ]);
    });

    it('refuses a rejoining from a day the last membership still covered', () => {
      const history = [formed, admitted('group', 'grp-1', '2026-01-01'), ended('group', 'grp-1', '2026-01-01', '2026-03-31')];
      const error = given(networkDecider, history)
        .when(admit('group', 'grp-1', '2026-03-31'))
        .thenFails('NETWORK.MEMBERSHIP_OVERLAPS');
      expect([error.field, error.details]).toEqual(['from', { memberKind: 'group', memberId: 'grp-1', from: '2026-03-31', lastTo: '2026-03-31' }]);
      given(networkDecider, history)
        .when(admit('group', 'grp-1', '2025-06-01'))
        .thenFails('NETWORK.MEMBERSHIP_OVERLAPS');
    });

    it('refuses an unknown or dissolved network', () => {
      given(networkDecider)
        .when(admit('group', 'grp-1', '2026-06-01'))
        .thenFails('NETWORK.NOT_FOUND');
      given(networkDecider, [formed, dissolved])
        .when(admit('group', 'grp-1', '2026-06-01'))
        .thenFails('NETWORK.DISSOLVED');
    });
  });

  describe('ending memberships', () => {
    const member = [formed, admitted('unit', 'unit-sa-pa', '2026-02-01')];

    it('ends a current membership on its last day, naming the membership by its first day', () => {
      given(networkDecider, member)
        .when(end('unit', 'unit-sa-pa', '2026-05-31'))
        .then([ended('unit', 'unit-sa-pa', '2026-02-01', '2026-05-31')]);
    });

    it('ends a membership on the day it began', () => {
      given(networkDecider, member)
        .when(end('unit', 'unit-sa-pa', '2026-02-01'))
        .then([ended('unit', 'unit-sa-pa', '2026-02-01', '2026-02-01')]);
    });

    it('refuses an end before the membership began', () => {
      const error = given(networkDecider, member)
        .when(end('unit', 'unit-sa-pa', '2026-01-31'))
        .thenFails('NETWORK.END_BEFORE_START');
      expect([error.field, error.details]).toEqual(['to', { memberKind: 'unit', memberId: 'unit-sa-pa', from: '2026-02-01', to: '2026-01-31' }]);
    });

    it('refuses an end after today', () => {
      expect(
        given(networkDecider, member)
          .when(end('unit', 'unit-sa-pa', '2026-06-11'))
          .thenFails('NETWORK.DATE_AFTER_TODAY').field,
      ).toBe('to');
    });

    it('refuses to end the membership of one that is not a current member', () => {
      given(networkDecider, member)
        .when(end('group', 'unit-sa-pa', '2026-05-31'))
        .thenFails('NETWORK.NOT_MEMBER');
      given(networkDecider, [...member, ended('unit', 'unit-sa-pa', '2026-02-01', '2026-05-31')])
        .when(end('unit', 'unit-sa-pa', '2026-06-01'))
        .thenFails('NETWORK.NOT_MEMBER');
    });

    it('refuses a blank reason, an unknown kind, an unknown or dissolved network', () => {
      expect(
        given(networkDecider, member)
          .when(end('unit', 'unit-sa-pa', '2026-05-31', { reason: ' ' }))
          .thenFails('NETWORK.TEXT_REQUIRED').field,
      ).toBe('reason');
      expect(
        given(networkDecider, member)
          .when(end('unit', 'unit-sa-pa', '2026-05-31', { memberKind: 'person' as never }))
          .thenFails('NETWORK.MEMBER_KIND_UNKNOWN').field,
      ).toBe('memberKind');
      given(networkDecider)
        .when(end('unit', 'unit-sa-pa', '2026-05-31'))
        .thenFails('NETWORK.NOT_FOUND');
      given(networkDecider, [formed, dissolved])
        .when(end('unit', 'unit-sa-pa', '2026-05-31'))
        .thenFails('NETWORK.DISSOLVED');
    });
  });

  describe('dissolving', () => {
    it('ends every current membership on the day of dissolution, then dissolves', () => {
      const history = [
        formed,
        admitted('group', 'grp-1', '2026-01-01'),
        admitted('partner', 'ptn-1', '2026-02-01'),
        ended('partner', 'ptn-1', '2026-02-01', '2026-03-01'),
        admitted('unit', 'unit-sa-pa', '2026-06-01'),
      ];
      const byDissolution = (memberKind: 'group' | 'unit', memberId: string, from: string): NetworkEvent => ({
        type: 'NetworkMembershipEnded',
        data: {
          networkId: 'net-1',
          memberKind,
          memberId,
          from,
          to: '2026-06-01',
          cause: 'network-dissolved',
          reason: 'Hoàn thành mục tiêu',
          endedBy: 'acc-manager',
          endedOn: '2026-06-10',
        },
      });
      given(networkDecider, history)
        .when(dissolve)
        .then([byDissolution('group', 'grp-1', '2026-01-01'), byDissolution('unit', 'unit-sa-pa', '2026-06-01'), dissolved]);
      const state = fold(networkDecider, [
        ...history,
        byDissolution('group', 'grp-1', '2026-01-01'),
        byDissolution('unit', 'unit-sa-pa', '2026-06-01'),
        dissolved,
      ]);
      expect(state).toMatchObject({ status: 'dissolved', dissolvedOn: '2026-06-01', ownerUnitId: 'unit-lao-cai' });
      expect(state.memberships.every((membership) => membership.to !== undefined)).toBe(true);
    });

    it('dissolves a network with no members', () => {
      given(networkDecider, [formed]).when(dissolve).then([dissolved]);
    });

    it('records nothing when dissolved again: dissolution is final', () => {
      given(networkDecider, [formed, dissolved])
        .when({ ...dissolve, on: '2026-06-05' })
        .then([]);
    });

    it('refuses a dissolution before a current membership began', () => {
      const error = given(networkDecider, [formed, admitted('unit', 'unit-sa-pa', '2026-06-05')])
        .when(dissolve)
        .thenFails('NETWORK.END_BEFORE_START');
      expect([error.field, error.details]).toEqual(['on', { memberKind: 'unit', memberId: 'unit-sa-pa', from: '2026-06-05', to: '2026-06-01' }]);
    });

    it('refuses a dissolution after today, with no reason, or of an unknown network', () => {
      expect(
        given(networkDecider, [formed])
          .when({ ...dissolve, on: '2026-06-11' })
          .thenFails('NETWORK.DATE_AFTER_TODAY').field,
      ).toBe('on');
      expect(
        given(networkDecider, [formed])
          .when({ ...dissolve, reason: '' })
          .thenFails('NETWORK.TEXT_REQUIRED').field,
      ).toBe('reason');
      given(networkDecider).when(dissolve).thenFails('NETWORK.NOT_FOUND');
    });
  });
});
