import { given } from '@tn/shared-decider';
import { hostUnitOn } from '@tn/network-contracts';
import { groupDecider } from './group.decide';
import type { GroupEvent } from './group.events';
import { carryGroup, declareStatus, moveGroup, registered, run, selfRegistered, stateAfter, TODAY, verifyGroup } from './group.test-fixtures';

const moved = (from: string, to: string, newHost = 'xa-sa-pa'): GroupEvent[] => [
  { type: 'GroupAffiliationEnded', data: { groupId: 'g-1', unitId: 'xa-ta-van', to, reason: 'moved' } },
  { type: 'GroupAffiliated', data: { groupId: 'g-1', unitId: newHost, from, reason: 'moved' } },
];

describe('moving a group to another host', () => {
  it('ends the current affiliation the day before and affiliates the new host from the date', () => {
    given(groupDecider, registered).when(moveGroup()).then(moved('2026-03-01', '2026-02-28'));
    const state = stateAfter([...registered, ...moved('2026-03-01', '2026-02-28')]);
    expect(state.ownerUnitId).toBe('xa-sa-pa');
    expect(hostUnitOn(state.affiliations, '2026-02-28')).toBe('xa-ta-van');
    expect(hostUnitOn(state.affiliations, '2026-03-01')).toBe('xa-sa-pa');
  });

  it('takes a move dated the day the current affiliation began: the old host then never hosted it', () => {
    given(groupDecider, registered)
      .when(moveGroup({ from: '2026-01-05' }))
      .then(moved('2026-01-05', '2026-01-04'));
    const state = stateAfter([...registered, ...moved('2026-01-05', '2026-01-04')]);
    expect(hostUnitOn(state.affiliations, '2026-01-05')).toBe('xa-sa-pa');
    expect(hostUnitOn(state.affiliations, '2026-01-04')).toBeUndefined();
  });

  it('refuses a date before the current affiliation began, or after today', () => {
    expect(
      given(groupDecider, registered)
        .when(moveGroup({ from: '2026-01-04' }))
        .thenFails('GROUP.MOVE_BEFORE_AFFILIATION').details,
    ).toEqual({ since: '2026-01-05' });
    given(groupDecider, registered)
      .when(moveGroup({ from: '2026-03-11' }))
      .thenFails('GROUP.DATE_AFTER_TODAY');
  });

  it('refuses moving to the current host, or to a unit the hierarchy does not know', () => {
    given(groupDecider, registered)
      .when(moveGroup({ newHostUnitId: 'xa-ta-van' }))
      .thenFails('GROUP.SAME_HOST');
    expect(
      given(groupDecider, registered)
        .when(moveGroup({ unknownUnitIds: ['xa-sa-pa'] }))
        .thenFails('GROUP.HOST_UNIT_UNKNOWN').field,
    ).toBe('newHostUnitId');
  });

  it('refuses a group not verified, dissolved or unknown', () => {
    given(groupDecider, selfRegistered)
      .when(moveGroup({ groupId: 'g-2' }))
      .thenFails('GROUP.NOT_VERIFIED');
    given(groupDecider, run([declareStatus({ status: 'dissolved' })], registered))
      .when(moveGroup())
      .thenFails('GROUP.DISSOLVED');
    given(groupDecider).when(moveGroup()).thenFails('GROUP.NOT_FOUND');
  });
});

describe('carrying a group across a merger of its host', () => {
  const carried: GroupEvent[] = [
    { type: 'GroupAffiliationEnded', data: { groupId: 'g-1', unitId: 'xa-ta-van', to: '2026-06-30', reason: 'unit-merged' } },
    { type: 'GroupAffiliated', data: { groupId: 'g-1', unitId: 'xa-sa-pa-moi', from: '2026-07-01', reason: 'unit-merged' } },
  ];

  it('affiliates the group with the successor from the merger’s date', () => {
    given(groupDecider, registered).when(carryGroup()).then(carried);
    const state = stateAfter([...registered, ...carried]);
    expect(state.ownerUnitId).toBe('xa-sa-pa-moi');
    expect(hostUnitOn(state.affiliations, '2026-06-30')).toBe('xa-ta-van');
    expect(hostUnitOn(state.affiliations, '2026-07-01')).toBe('xa-sa-pa-moi');
  });

  it('decides nothing the second time (the reactor may send it again)', () => {
    given(groupDecider, [...registered, ...carried])
      .when(carryGroup())
      .then([]);
  });

  it('decides nothing for a group hosted elsewhere, pending, dissolved or unknown', () => {
    given(groupDecider, registered)
      .when(carryGroup({ fromUnitId: 'xa-other' }))
      .then([]);
    given(groupDecider, selfRegistered)
      .when(carryGroup({ groupId: 'g-2' }))
      .then([]);
    given(groupDecider, run([declareStatus({ status: 'dissolved' })], registered))
      .when(carryGroup())
      .then([]);
    given(groupDecider).when(carryGroup()).then([]);
  });

  it('carries from the current affiliation’s start when the group came to the source unit after the merger’s date', () => {
    const verified = run([verifyGroup({ today: '2026-03-10' })], selfRegistered);
    given(groupDecider, verified)
      .when(carryGroup({ groupId: 'g-2', effectiveFrom: '2026-03-01' }))
      .then([
        { type: 'GroupAffiliationEnded', data: { groupId: 'g-2', unitId: 'xa-ta-van', to: '2026-03-09', reason: 'unit-merged' } },
        { type: 'GroupAffiliated', data: { groupId: 'g-2', unitId: 'xa-sa-pa-moi', from: TODAY, reason: 'unit-merged' } },
      ]);
  });

  it('refuses a merger date that is not a date', () => {
    given(groupDecider, registered)
      .when(carryGroup({ effectiveFrom: '2026-13-01' }))
      .thenFails('GROUP.DATE_INVALID');
  });
});
