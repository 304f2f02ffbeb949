import { given } from '@tn/shared-decider';
import { groupStatusOn } from '@tn/network-contracts';
import { groupDecider } from './group.decide';
import { declareStatus, MANAGER, recordActivity, registered, run, selfRegistered, stateAfter, TODAY } from './group.test-fixtures';
import { statusInputsOf } from './group.types';

describe('declaring a group’s status', () => {
  it('records the declaration, dated and signed; a dormant group reads dormant', () => {
    given(groupDecider, registered)
      .when(declareStatus())
      .then([
        { type: 'GroupStatusDeclared', data: { groupId: 'g-1', status: 'dormant', reason: 'Thành viên đi học xa', declaredBy: MANAGER, declaredOn: TODAY } },
      ]);
    const state = stateAfter(run([declareStatus()], registered));
    expect(state.status).toBe('verified');
    expect(groupStatusOn(statusInputsOf(state), TODAY)).toBe('dormant');
  });

  it('makes a dissolution final: nothing may be declared after it', () => {
    const dissolved = run([declareStatus({ status: 'dissolved', reason: 'Nhóm giải thể' })], registered);
    expect(stateAfter(dissolved).status).toBe('dissolved');
    given(groupDecider, dissolved)
      .when(declareStatus({ status: 'active' }))
      .thenFails('GROUP.DISSOLVED');
  });

  it('refuses a status not of the vocabulary, a blank reason, or a group not verified', () => {
    expect(
      given(groupDecider, registered)
        .when(declareStatus({ status: 'sleeping' as never }))
        .thenFails('GROUP.STATUS_UNKNOWN').field,
    ).toBe('status');
    given(groupDecider, registered)
      .when(declareStatus({ reason: '' }))
      .thenFails('GROUP.TEXT_REQUIRED');
    given(groupDecider, selfRegistered)
      .when(declareStatus({ groupId: 'g-2' }))
      .thenFails('GROUP.NOT_VERIFIED');
    given(groupDecider).when(declareStatus()).thenFails('GROUP.NOT_FOUND');
  });
});

describe('recording a group’s activity', () => {
  it('records it once: the same activity again records nothing', () => {
    given(groupDecider, registered)
      .when(recordActivity())
      .then([{ type: 'GroupActivityRecorded', data: { groupId: 'g-1', activityId: 'act-1', on: '2026-03-08' } }]);
    given(groupDecider, run([recordActivity()], registered))
      .when(recordActivity())
      .then([]);
  });

  it('keeps the latest activity day, whatever order they arrive in', () => {
    const state = stateAfter(run([recordActivity(), recordActivity({ activityId: 'act-0', on: '2026-02-01' })], registered));
    expect(state).toMatchObject({ activityIds: ['act-1', 'act-0'], lastActivityOn: '2026-03-08' });
  });

  it('brings a group declared dormant back to active', () => {
    const state = stateAfter(run([declareStatus({ today: '2026-03-01' }), recordActivity()], registered));
    expect(groupStatusOn(statusInputsOf(state), TODAY)).toBe('active');
  });

  it('refuses an activity after today, or for a group that does not exist', () => {
    given(groupDecider, registered)
      .when(recordActivity({ on: '2026-03-11' }))
      .thenFails('GROUP.DATE_AFTER_TODAY');
    given(groupDecider).when(recordActivity()).thenFails('GROUP.NOT_FOUND');
  });
});
