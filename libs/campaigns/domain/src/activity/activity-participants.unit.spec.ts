import { given } from '@tn/shared-decider';
import type { ParticipantDirectory } from './activity-participants';
import type { RecordActivityParticipants } from './activity.commands';
import { activityDecider } from './activity.decide';
import type { ActivityEvent } from './activity.events';

const id = { activityId: 'a-1' };
const proposed: ActivityEvent = {
  type: 'ActivityProposed',
  data: {
    ...id,
    name: 'Làm đường bê tông thôn 3',
    organiserUnitId: 'ta-van',
    domains: ['new-rural-construction'],
    location: { unitId: 'ta-van', flags: { ethnicMinority: true, mountainous: true, border: false, island: false } },
    responsibleCadreId: 'cadre-7',
    initiator: 'union',
    proposedOn: '2026-06-01',
  },
};
const cancelled: ActivityEvent = { type: 'ActivityCancelled', data: { ...id, fromStatus: 'needs-survey', reason: 'bão số 3', cancelledOn: '2026-06-30' } };
const completed: ActivityEvent[] = [
  { type: 'ActivityPlanned', data: { ...id, startsOn: '2026-07-01', endsOn: '2026-07-03', plannedOn: '2026-06-05' } },
  { type: 'ActivityPrepared', data: { ...id, preparedOn: '2026-06-25' } },
  { type: 'ActivityStarted', data: { ...id, startedAt: '2026-07-01T07:00:00+07:00' } },
  { type: 'ActivityCompleted', data: { ...id, completedAt: '2026-07-03T17:00:00+07:00' } },
];

// What the service's copy of the network's directory says of the ids named.
const directory: ParticipantDirectory = {
  groups: {
    'clb-tinh-nguyen': 'verified',
    'doi-xung-kich': 'verified',
    'nhom-moi': 'registered',
    'clb-cu': 'dissolved',
    'nhom-tu-choi': 'declined',
    'ghost-group': 'none',
  },
  partners: { 'cong-ty-a': 'registered', 'ghost-partner': 'none' },
};
const record = (groupIds: string[], partnerIds: string[]): RecordActivityParticipants => ({
  type: 'RecordActivityParticipants',
  ...id,
  groupIds,
  partnerIds,
  directory,
  recordedBy: 'cadre-7',
  recordedOn: '2026-07-04',
});
const recorded = (groupIds: string[], partnerIds: string[]): ActivityEvent => ({
  type: 'ActivityParticipantsRecorded',
  data: { ...id, groupIds, partnerIds, recordedBy: 'cadre-7', recordedOn: '2026-07-04' },
});

describe("an activity's participants from the network", () => {
  it('records the groups and partners that took part, each once, with who recorded them and the day', () => {
    given(activityDecider, [proposed])
      .when(record(['clb-tinh-nguyen', 'doi-xung-kich', 'clb-tinh-nguyen'], ['cong-ty-a']))
      .then([recorded(['clb-tinh-nguyen', 'doi-xung-kich'], ['cong-ty-a'])]);
  });

  it('takes them before and after the activity took place', () => {
    given(activityDecider, [proposed, ...completed])
      .when(record(['clb-tinh-nguyen'], []))
      .then([recorded(['clb-tinh-nguyen'], [])]);
  });

  it('replaces the whole set, and may empty it', () => {
    const first = recorded(['clb-tinh-nguyen', 'doi-xung-kich'], ['cong-ty-a']);
    given(activityDecider, [proposed, first])
      .when(record(['doi-xung-kich'], []))
      .then([recorded(['doi-xung-kich'], [])]);
    given(activityDecider, [proposed, first])
      .when(record([], []))
      .then([recorded([], [])]);
  });

  it('records nothing for the same sets again, in any order (a retry), even once the activity was cancelled', () => {
    const first = recorded(['clb-tinh-nguyen', 'doi-xung-kich'], ['cong-ty-a']);
    given(activityDecider, [proposed, first])
      .when(record(['doi-xung-kich', 'clb-tinh-nguyen'], ['cong-ty-a']))
      .then([]);
    given(activityDecider, [proposed, first, cancelled])
      .when(record(['clb-tinh-nguyen', 'doi-xung-kich'], ['cong-ty-a']))
      .then([]);
    given(activityDecider, [proposed]).when(record([], [])).then([]);
  });

  it('refuses a cancelled activity, and one that does not exist', () => {
    given(activityDecider, [proposed, cancelled])
      .when(record(['clb-tinh-nguyen'], []))
      .thenFails('ACTIVITY.CANCELLED');
    given(activityDecider)
      .when(record(['clb-tinh-nguyen'], []))
      .thenFails('ACTIVITY.NOT_FOUND');
  });

  it.each([
    ['never heard of', 'ghost-group'],
    ['not verified yet', 'nhom-moi'],
    ['dissolved', 'clb-cu'],
    ['whose verification was declined', 'nhom-tu-choi'],
    ['absent from the look-up', 'elsewhere'],
  ])('refuses a group %s, naming it and where it was given', (_why, groupId) => {
    const error = given(activityDecider, [proposed])
      .when(record(['clb-tinh-nguyen', groupId], ['cong-ty-a']))
      .thenFails('ACTIVITY.PARTICIPANT_UNKNOWN');
    expect(error).toMatchObject({ field: 'groupIds.1', details: { groupId } });
  });

  it('refuses a partner the network has not registered, naming it', () => {
    const error = given(activityDecider, [proposed])
      .when(record([], ['cong-ty-a', 'ghost-partner']))
      .thenFails('ACTIVITY.PARTICIPANT_UNKNOWN');
    expect(error).toMatchObject({ field: 'partnerIds.1', details: { partnerId: 'ghost-partner' } });
  });

  it('does not find an inherited property for an id such as "constructor"', () => {
    given(activityDecider, [proposed])
      .when(record(['constructor'], []))
      .thenFails('ACTIVITY.PARTICIPANT_UNKNOWN');
  });
});
