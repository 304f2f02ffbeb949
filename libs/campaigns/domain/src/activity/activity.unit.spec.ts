import { fold, given } from '@tn/shared-decider';
import type { ActivityCommand, ProposeActivity } from './activity.commands';
import { activityDecider } from './activity.decide';
import { type ActivityEvent, activityStreamId } from './activity.events';
import type { ActivityProfile } from './activity.types';

const profile: ActivityProfile = {
  name: 'Làm đường giao thông nông thôn thôn 3',
  campaignId: 'he-2026-ta-van',
  organiserUnitId: 'ta-van',
  domains: ['new-rural-construction'],
  location: { unitId: 'ta-van', areaCode: '08-080-02869', flags: { ethnicMinority: true, mountainous: true, border: false, island: false } },
  responsibleCadreId: 'cadre-7',
  initiator: 'union',
};
const propose: ProposeActivity = { type: 'ProposeActivity', activityId: 'a-1', profile, campaignOpen: true, proposedOn: '2026-06-01' };
const id = { activityId: 'a-1' };
const proposed: ActivityEvent = { type: 'ActivityProposed', data: { ...profile, activityId: 'a-1', proposedOn: '2026-06-01' } };
const planned: ActivityEvent = { type: 'ActivityPlanned', data: { ...id, startsOn: '2026-07-01', endsOn: '2026-07-03', plannedOn: '2026-06-05' } };
const prepared: ActivityEvent = { type: 'ActivityPrepared', data: { ...id, preparedOn: '2026-06-25' } };
const started: ActivityEvent = { type: 'ActivityStarted', data: { ...id, startedAt: '2026-07-01T07:00:00+07:00' } };
const completed: ActivityEvent = { type: 'ActivityCompleted', data: { ...id, completedAt: '2026-07-03T17:00:00+07:00' } };
const complete: ActivityCommand = { type: 'CompleteActivity', ...id, completedAt: '2026-07-03T17:00:00+07:00', sentAt: '2026-07-03T17:05:00+07:00' };
const cancel: ActivityCommand = { type: 'CancelActivity', ...id, reason: 'bão số 3', cancelledOn: '2026-06-30' };
const formation = {
  formationId: 'f-1',
  name: 'Đội hình ba lực lượng',
  composition: { armedForcesYouth: 5, localYouth: 12, pupilsStudents: 20 },
};

describe('activities', () => {
  it('goes through the whole lifecycle, from needs survey to evaluation', () => {
    given(activityDecider).when(propose).then([proposed]);
    given(activityDecider, [proposed])
      .when({ type: 'PlanActivity', ...id, startsOn: '2026-07-01', endsOn: '2026-07-03', plannedOn: '2026-06-05' })
      .then([planned]);
    given(activityDecider, [proposed, planned])
      .when({ type: 'PrepareActivity', ...id, preparedOn: '2026-06-25' })
      .then([prepared]);
    given(activityDecider, [proposed, planned, prepared])
      .when({ type: 'StartActivity', ...id, startedAt: '2026-07-01T07:00:00+07:00', sentAt: '2026-07-01T07:00:00+07:00' })
      .then([started]);
    given(activityDecider, [proposed, planned, prepared, started]).when(complete).then([completed]);
    const evaluated = given(activityDecider, [proposed, planned, prepared, started, completed])
      .when({ type: 'EvaluateActivity', ...id, evaluatedOn: '2026-07-10', summary: '1,2 km đường bê tông', rating: 5 })
      .then([{ type: 'ActivityEvaluated', data: { ...id, evaluatedOn: '2026-07-10', summary: '1,2 km đường bê tông', rating: 5 } }]);
    expect(fold(activityDecider, [proposed, planned, prepared, started, completed, ...evaluated]).status).toBe('evaluated');
    expect(activityStreamId('a-1')).toBe('activity-a-1');
  });

  it.each([
    ['needs-survey', [proposed]],
    ['planned', [proposed, planned]],
    ['prepared', [proposed, planned, prepared]],
  ] as const)('rejects completing an activity that never started (%s) with its own code', (from, history) => {
    const error = given(activityDecider, history).when(complete).thenFails('ACTIVITY.NOT_STARTED');
    expect(error.details).toEqual({ activityId: 'a-1', from, to: 'completed' });
  });

  it('rejects other illegal transitions, naming where the activity is and where it was sent', () => {
    const skip = given(activityDecider, [proposed, planned]).when({
      type: 'StartActivity',
      ...id,
      startedAt: '2026-07-01T07:00:00+07:00',
      sentAt: '2026-07-01T07:00:00+07:00',
    });
    expect(skip.thenFails('ACTIVITY.ILLEGAL_TRANSITION').details).toEqual({ activityId: 'a-1', from: 'planned', to: 'in-progress' });
    given(activityDecider, [proposed, planned, prepared, started])
      .when({ type: 'EvaluateActivity', ...id, evaluatedOn: '2026-07-10', summary: 'x' })
      .thenFails('ACTIVITY.ILLEGAL_TRANSITION');
    given(activityDecider, [proposed, planned, prepared, started, completed]).when(complete).thenFails('ACTIVITY.ILLEGAL_TRANSITION');
    given(activityDecider).when(complete).thenFails('ACTIVITY.NOT_FOUND');
  });

  it('cancels with a reason from any state before completion, and not after', () => {
    for (const history of [[proposed], [proposed, planned], [proposed, planned, prepared], [proposed, planned, prepared, started]]) {
      const fromStatus = fold(activityDecider, history).status;
      given(activityDecider, history)
        .when(cancel)
        .then([{ type: 'ActivityCancelled', data: { ...id, fromStatus, reason: 'bão số 3', cancelledOn: '2026-06-30' } }]);
    }
    given(activityDecider, [proposed])
      .when({ ...cancel, reason: ' ' })
      .thenFails('ACTIVITY.CANCEL_REASON_REQUIRED');
    const error = given(activityDecider, [proposed, planned, prepared, started, completed]).when(cancel).thenFails('ACTIVITY.ILLEGAL_TRANSITION');
    expect(error.details).toMatchObject({ from: 'completed', to: 'cancelled' });
  });

  it('records follow-ups that maintain the results only after completion, once per id', () => {
    const followUp: ActivityCommand = { type: 'RecordActivityFollowUp', ...id, followUpId: 'fu-1', recordedOn: '2026-10-01', note: 'đường còn tốt' };
    given(activityDecider, [proposed, planned, prepared, started]).when(followUp).thenFails('ACTIVITY.NOT_COMPLETED');
    const recorded = given(activityDecider, [proposed, planned, prepared, started, completed])
      .when(followUp)
      .then([{ type: 'ActivityFollowUpRecorded', data: { ...id, followUpId: 'fu-1', recordedOn: '2026-10-01', note: 'đường còn tốt' } }]);
    given(activityDecider, [proposed, planned, prepared, started, completed, ...recorded])
      .when(followUp)
      .then([]);
  });

  it('adds formations of the three forces and specialised teams, counting heads only', () => {
    const add = (f: object): ActivityCommand => ({ type: 'AddActivityFormation', ...id, formation: f as typeof formation, addedOn: '2026-06-20' });
    given(activityDecider, [proposed, planned])
      .when(add(formation))
      .then([{ type: 'ActivityFormationAdded', data: { ...formation, ...id, addedOn: '2026-06-20' } }]);
    const medical = { ...formation, formationId: 'f-2', specialisation: 'medical' };
    expect(activityDecider.decide(add(medical), fold(activityDecider, [proposed]))[0]?.data).toMatchObject({ specialisation: 'medical' });
    const bad = given(activityDecider, [proposed]).when(add({ ...formation, composition: { ...formation.composition, localYouth: -1 } }));
    expect(bad.thenFails('ACTIVITY.COMPOSITION_INVALID').field).toBe('formation.composition.localYouth');
    given(activityDecider, [proposed])
      .when(add({ ...formation, composition: { armedForcesYouth: 0, localYouth: 0, pupilsStudents: 0 } }))
      .thenFails('ACTIVITY.COMPOSITION_EMPTY');
    given(activityDecider, [proposed])
      .when(add({ ...formation, specialisation: 'astrology' }))
      .thenFails('ACTIVITY.SPECIALISATION_UNKNOWN');
    given(activityDecider, [proposed, planned, prepared, started, completed]).when(add(formation)).thenFails('ACTIVITY.CLOSED');
  });

  it('proposes an activity in a campaign only while the campaign is open, and a standalone one freely', () => {
    given(activityDecider)
      .when({ ...propose, campaignOpen: false })
      .thenFails('ACTIVITY.CAMPAIGN_NOT_OPEN');
    const { campaignId: _campaignId, ...standalone } = profile;
    given(activityDecider)
      .when({ type: 'ProposeActivity', activityId: 'a-2', profile: standalone, proposedOn: '2026-06-01' })
      .then([{ type: 'ActivityProposed', data: { ...standalone, activityId: 'a-2', proposedOn: '2026-06-01' } }]);
    const noFlags = { ...profile, location: { unitId: 'ta-van' } } as unknown as ActivityProfile;
    expect(
      given(activityDecider)
        .when({ ...propose, profile: noFlags })
        .thenFails('ACTIVITY.AREA_FLAGS_INVALID').field,
    ).toBe('profile.location.flags.ethnicMinority');
  });

  it('refuses starting or completing an activity later than the command was sent (a start a month ahead)', () => {
    const start = { type: 'StartActivity', ...id, startedAt: '2026-08-01T07:00:00+07:00', sentAt: '2026-07-01T07:00:00+07:00' } as const;
    const error = given(activityDecider, [proposed, planned, prepared]).when(start).thenFails('ACTIVITY.TIME_AHEAD');
    expect(error.field).toBe('startedAt');
    given(activityDecider, [proposed, planned, prepared])
      .when({ ...start, startedAt: '2026-07-01T07:04:00+07:00' })
      .then([{ type: 'ActivityStarted', data: { ...id, startedAt: '2026-07-01T07:04:00+07:00' } }]);
  });

  it('corrects the name while the activity can still change, and not once it is completed or cancelled', () => {
    const rename = { type: 'RenameActivity', ...id, name: 'Bê tông hoá đường thôn 3', renamedOn: '2026-06-20' } as const;
    given(activityDecider, [proposed, planned, prepared, started])
      .when(rename)
      .then([{ type: 'ActivityRenamed', data: { ...id, name: 'Bê tông hoá đường thôn 3', renamedOn: '2026-06-20' } }]);
    given(activityDecider, [proposed])
      .when({ ...rename, name: '  ' })
      .thenFails('ACTIVITY.NAME_REQUIRED');
    given(activityDecider, [proposed])
      .when({ ...rename, renamedOn: '20/06/2026' })
      .thenFails('DATE.INVALID');
    given(activityDecider, [proposed, planned, prepared, started, completed]).when(rename).thenFails('ACTIVITY.CLOSED');
    given(activityDecider).when(rename).thenFails('ACTIVITY.NOT_FOUND');
  });
});
