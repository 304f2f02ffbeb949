import { given } from '@tn/shared-decider';
import { groupStatusOn } from '@tn/network-contracts';
import { groupDecider } from './group.decide';
import { groupStreamId } from './group.events';
import {
  declineGroup,
  LEADER_ACCOUNT,
  MANAGER,
  registered,
  registerGroup,
  reviseGroup,
  run,
  selfRegistered,
  selfRegisterGroup,
  stateAfter,
  TODAY,
  verifyGroup,
} from './group.test-fixtures';
import { statusInputsOf } from './group.types';

const profileData = {
  name: 'CLB Tình nguyện xanh Tả Van',
  fields: ['environment-climate-change', 'new-rural-construction'],
  areaUnitIds: ['xa-ta-van'],
  size: 25,
  leaderPersonIds: ['p-leader', 'p-deputy'],
} as const;

describe('registering a group by its host unit', () => {
  it('registers, verifies and affiliates it with the host from today, signed by the manager', () => {
    given(groupDecider)
      .when(registerGroup({ foundedOn: '2019-03-26' }))
      .then([
        {
          type: 'GroupRegistered',
          data: {
            groupId: 'g-1',
            ...profileData,
            fields: [...profileData.fields],
            areaUnitIds: [...profileData.areaUnitIds],
            leaderPersonIds: [...profileData.leaderPersonIds],
            kind: 'club',
            origin: 'union-founded',
            hostUnitId: 'xa-ta-van',
            foundedOn: '2019-03-26',
            registeredBy: MANAGER,
            registeredOn: TODAY,
            channel: 'unit',
          },
        },
        { type: 'GroupVerified', data: { groupId: 'g-1', hostUnitId: 'xa-ta-van', verifiedBy: MANAGER, verifiedOn: TODAY } },
        { type: 'GroupAffiliated', data: { groupId: 'g-1', unitId: 'xa-ta-van', from: TODAY, reason: 'registered' } },
      ]);
    expect(groupStreamId('g-1')).toBe('group-g-1');
  });

  it('leaves the state verified, owned by the host, active on the day', () => {
    const state = stateAfter(registered);
    expect(state).toMatchObject({ status: 'verified', ownerUnitId: 'xa-ta-van', affiliations: [{ unitId: 'xa-ta-van', from: '2026-01-05' }] });
    expect(groupStatusOn(statusInputsOf(state), '2026-01-05')).toBe('active');
  });

  it('refuses a group id used already', () => {
    given(groupDecider, registered).when(registerGroup()).thenFails('GROUP.ALREADY_EXISTS');
  });

  it('refuses area units, or a host, the hierarchy does not know today', () => {
    const areas = given(groupDecider)
      .when(registerGroup({ areaUnitIds: ['xa-ta-van', 'xa-gone'], unknownUnitIds: ['xa-gone'] }))
      .thenFails('GROUP.AREA_UNIT_UNKNOWN');
    expect(areas.field).toBe('areaUnitIds');
    expect(areas.details).toEqual({ unitIds: 'xa-gone' });
    expect(
      given(groupDecider)
        .when(registerGroup({ unknownUnitIds: ['xa-ta-van'] }))
        .thenFails('GROUP.HOST_UNIT_UNKNOWN').field,
    ).toBe('hostUnitId');
  });

  it.each([
    ['name', { name: '  ' }, 'GROUP.TEXT_REQUIRED'],
    ['kind', { kind: 'association' }, 'GROUP.KIND_UNKNOWN'],
    ['origin', { origin: 'company' }, 'GROUP.ORIGIN_UNKNOWN'],
    ['fields', { fields: [] }, 'GROUP.FIELDS_INVALID'],
    ['fields.1', { fields: ['traffic-safety', 'knitting'] }, 'GROUP.FIELDS_INVALID'],
    ['areaUnitIds', { areaUnitIds: [] }, 'GROUP.AREA_UNITS_INVALID'],
    ['size', { size: 0 }, 'GROUP.SIZE_INVALID'],
    ['size', { size: 12.5 }, 'GROUP.SIZE_INVALID'],
    ['leaderPersonIds', { leaderPersonIds: [] }, 'GROUP.LEADERS_INVALID'],
    ['leaderPersonIds', { leaderPersonIds: ['p-1', 'p-1'] }, 'GROUP.LEADERS_INVALID'],
    ['leaderPersonIds', { leaderPersonIds: Array.from({ length: 11 }, (_, i) => `p-${i}`) }, 'GROUP.LEADERS_INVALID'],
    ['foundedOn', { foundedOn: '2026-03-11' }, 'GROUP.DATE_AFTER_TODAY'],
    ['foundedOn', { foundedOn: '2026-02-30' }, 'GROUP.DATE_INVALID'],
    ['actorId', { actorId: '' }, 'GROUP.ACTOR_REQUIRED'],
    ['today', { today: 'today' }, 'GROUP.DATE_INVALID'],
  ])('refuses a bad %s', (field, change, code) => {
    expect(
      given(groupDecider)
        .when(registerGroup(change as never))
        .thenFails(code).field,
    ).toBe(field);
  });
});

describe('a leader registering their own group', () => {
  it('registers it pending, proposing a host, signed by the leader’s account', () => {
    const [event] = given(groupDecider)
      .when(selfRegisterGroup({ today: '2026-02-01' }))
      .then(selfRegistered);
    expect(event).toMatchObject({
      type: 'GroupRegistered',
      data: { groupId: 'g-2', channel: 'self', hostUnitId: 'xa-ta-van', registeredBy: LEADER_ACCOUNT, kind: 'team', origin: 'self-formed' },
    });
    const state = stateAfter(selfRegistered);
    expect(state).toMatchObject({ status: 'pending-verification', ownerUnitId: 'xa-ta-van', affiliations: [] });
    expect(groupStatusOn(statusInputsOf(state), TODAY)).toBe('pending-verification');
  });

  it('refuses a leader who is not among the group’s leaders', () => {
    given(groupDecider)
      .when(selfRegisterGroup({ leaderPersonId: 'p-stranger' }))
      .thenFails('GROUP.SELF_NOT_LEADER');
  });

  it('refuses a proposed host the hierarchy does not know', () => {
    expect(
      given(groupDecider)
        .when(selfRegisterGroup({ unknownUnitIds: ['xa-ta-van'] }))
        .thenFails('GROUP.HOST_UNIT_UNKNOWN').field,
    ).toBe('proposedHostUnitId');
  });
});

describe('verifying a self-registered group', () => {
  it('verifies it and affiliates it with the proposed host from today', () => {
    given(groupDecider, selfRegistered)
      .when(verifyGroup())
      .then([
        { type: 'GroupVerified', data: { groupId: 'g-2', hostUnitId: 'xa-ta-van', verifiedBy: MANAGER, verifiedOn: TODAY } },
        { type: 'GroupAffiliated', data: { groupId: 'g-2', unitId: 'xa-ta-van', from: TODAY, reason: 'verified' } },
      ]);
  });

  it('given the proposed host merged away since, affiliates the group with the unit that took it over', () => {
    given(groupDecider, selfRegistered)
      .when(verifyGroup({ currentHostUnitId: 'xa-sa-pa-moi' }))
      .then([
        { type: 'GroupVerified', data: { groupId: 'g-2', hostUnitId: 'xa-sa-pa-moi', verifiedBy: MANAGER, verifiedOn: TODAY } },
        { type: 'GroupAffiliated', data: { groupId: 'g-2', unitId: 'xa-sa-pa-moi', from: TODAY, reason: 'verified' } },
      ]);
    expect(stateAfter(run([verifyGroup({ currentHostUnitId: 'xa-sa-pa-moi' })], selfRegistered)).ownerUnitId).toBe('xa-sa-pa-moi');
  });

  it('refuses verifying when the hierarchy knows no active unit for the proposed host', () => {
    const refusal = given(groupDecider, selfRegistered)
      .when(verifyGroup({ currentHostUnitId: undefined }))
      .thenFails('GROUP.HOST_UNIT_UNKNOWN');
    expect(refusal.details).toEqual({ unitId: 'xa-ta-van' });
  });

  it('refuses verifying twice, and verifying a group its unit registered', () => {
    const verified = run([verifyGroup()], selfRegistered);
    given(groupDecider, verified).when(verifyGroup()).thenFails('GROUP.ALREADY_VERIFIED');
    given(groupDecider, registered)
      .when(verifyGroup({ groupId: 'g-1' }))
      .thenFails('GROUP.ALREADY_VERIFIED');
  });

  it('refuses verifying a declined group', () => {
    given(groupDecider, run([declineGroup()], selfRegistered))
      .when(verifyGroup())
      .thenFails('GROUP.DECLINED');
  });

  it('refuses the account that registered it, even when it manages the host', () => {
    given(groupDecider, selfRegistered)
      .when(verifyGroup({ actorId: LEADER_ACCOUNT }))
      .thenFails('GROUP.VERIFIER_IS_LEADER');
  });

  it('refuses a group that does not exist', () => {
    given(groupDecider).when(verifyGroup()).thenFails('GROUP.NOT_FOUND');
  });
});

describe('declining a self-registered group', () => {
  it('declines it with a reason, for good', () => {
    given(groupDecider, selfRegistered)
      .when(declineGroup())
      .then([{ type: 'GroupVerificationDeclined', data: { groupId: 'g-2', reason: 'Nhóm chưa có hoạt động tại xã', declinedBy: MANAGER, declinedOn: TODAY } }]);
    const state = stateAfter(run([declineGroup()], selfRegistered));
    expect(state.status).toBe('declined');
    expect(groupStatusOn(statusInputsOf(state), TODAY)).toBe('declined');
  });

  it('refuses declining twice, declining a verified group, or declining without a reason', () => {
    given(groupDecider, run([declineGroup()], selfRegistered))
      .when(declineGroup())
      .thenFails('GROUP.DECLINED');
    given(groupDecider, registered)
      .when(declineGroup({ groupId: 'g-1' }))
      .thenFails('GROUP.ALREADY_VERIFIED');
    given(groupDecider, selfRegistered)
      .when(declineGroup({ reason: ' ' }))
      .thenFails('GROUP.TEXT_REQUIRED');
  });
});

describe('revising a group’s profile', () => {
  it('records the new profile, and nothing when it is the same (lists in any order)', () => {
    given(groupDecider, registered)
      .when(reviseGroup({ size: 40, leaderPersonIds: ['p-deputy'] }))
      .then([
        {
          type: 'GroupProfileRevised',
          data: {
            groupId: 'g-1',
            ...profileData,
            fields: [...profileData.fields],
            areaUnitIds: [...profileData.areaUnitIds],
            size: 40,
            leaderPersonIds: ['p-deputy'],
            revisedBy: MANAGER,
            revisedOn: TODAY,
          },
        },
      ]);
    given(groupDecider, registered)
      .when(reviseGroup({ leaderPersonIds: ['p-deputy', 'p-leader'], fields: ['new-rural-construction', 'environment-climate-change'] }))
      .then([]);
  });

  it('refuses an area unit the hierarchy does not know', () => {
    given(groupDecider, registered)
      .when(reviseGroup({ areaUnitIds: ['xa-ta-van', 'xa-gone'], unknownUnitIds: ['xa-gone'] }))
      .thenFails('GROUP.AREA_UNIT_UNKNOWN');
  });

  it('refuses an unknown, declined or dissolved group', () => {
    given(groupDecider).when(reviseGroup()).thenFails('GROUP.NOT_FOUND');
    given(groupDecider, run([declineGroup()], selfRegistered))
      .when(reviseGroup({ groupId: 'g-2' }))
      .thenFails('GROUP.DECLINED');
    const dissolved = run(
      [{ type: 'DeclareGroupStatus', groupId: 'g-1', status: 'dissolved', reason: 'Giải thể', today: TODAY, actorId: MANAGER }],
      registered,
    );
    given(groupDecider, dissolved).when(reviseGroup()).thenFails('GROUP.DISSOLVED');
  });
});
