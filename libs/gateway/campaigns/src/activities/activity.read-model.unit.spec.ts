import { totalsOf } from '../campaigns/campaigns.resolver';
import { type ActivityDoc, activityProjection, evolveActivity } from './activity.read-model';
import { activityView } from './activities.resolver';

let version = 0;
// Envelopes as the projector receives them (their data unchecked here: `never` lets any shape in).
const event = (type: string, data: Record<string, unknown>, streamId = 's') =>
  ({ type, data, streamId, streamVersion: ++version, eventId: `e${version}` }) as never;

describe('activity read model', () => {
  const proposed = evolveActivity(
    null,
    event('ActivityProposed', {
      activityId: 'a1',
      name: 'Làm đường',
      campaignId: 'c1',
      organiserUnitId: 'u',
      domains: ['new-rural-construction'],
      location: { unitId: 'u', flags: { ethnicMinority: false, mountainous: true, border: false, island: false } },
      responsibleCadreId: 'cadre',
      initiator: 'union',
      proposedOn: '2025-05-01',
    }),
  );

  it('follows the lifecycle and counts activities by status', () => {
    expect(proposed).toMatchObject({ status: 'needs-survey', location: { flags: { mountainous: true } } });
    const planned = evolveActivity(
      proposed,
      event('ActivityPlanned', { activityId: 'a1', startsOn: '2025-06-01', endsOn: '2025-06-30', plannedOn: '2025-05-02' }),
    );
    const started = evolveActivity(
      evolveActivity(planned, event('ActivityPrepared', { activityId: 'a1', preparedOn: '2025-05-20' })),
      event('ActivityStarted', { activityId: 'a1', startedAt: '2025-06-01T07:00:00+07:00' }),
    );
    const completed = evolveActivity(started, event('ActivityCompleted', { activityId: 'a1', completedAt: '2025-06-30T17:00:00+07:00' }));
    expect([planned.status, started.status, completed.status]).toEqual(['planned', 'in-progress', 'completed']);
    expect(totalsOf([proposed, planned, completed, completed])).toEqual([
      { status: 'completed', count: 2 },
      { status: 'needs-survey', count: 1 },
      { status: 'planned', count: 1 },
    ]);
    expect(activityProjection.documentId(event('ActivityStarted', { activityId: 'a1' }))).toBe('a1');
  });

  it('keeps the evaluation, the follow-ups once each and the formations with their composition and specialisation', () => {
    const completed = { ...proposed, status: 'completed', completedAt: '2025-06-30T17:00:00+07:00' };
    const evaluated = evolveActivity(completed, event('ActivityEvaluated', { activityId: 'a1', evaluatedOn: '2025-07-05', summary: 'Đạt yêu cầu', rating: 4 }));
    const followUp = event('ActivityFollowUpRecorded', { activityId: 'a1', followUpId: 'fu-1', recordedOn: '2025-09-01', note: 'Đường vẫn tốt' });
    const followed = evolveActivity(evolveActivity(evaluated, followUp), followUp);
    const medical = {
      formationId: 'f-1',
      name: 'Đội y tế',
      composition: { armedForcesYouth: 1, localYouth: 2, pupilsStudents: 3 },
      specialisation: 'medical',
      addedOn: '2025-05-20',
    };
    const withTeam = evolveActivity(followed, event('ActivityFormationAdded', { activityId: 'a1', ...medical }));
    expect(withTeam).toMatchObject({
      status: 'evaluated',
      evaluation: { evaluatedOn: '2025-07-05', summary: 'Đạt yêu cầu', rating: 4 },
      followUps: [{ followUpId: 'fu-1', recordedOn: '2025-09-01', note: 'Đường vẫn tốt' }],
      formations: [medical],
    });
    expect(activityView(withTeam)).toMatchObject({
      evaluation: { evaluatedOn: '2025-07-05', summary: 'Đạt yêu cầu', rating: 4 },
      cancellation: null,
      followUps: [{ id: 'fu-1', recordedOn: '2025-09-01', note: 'Đường vẫn tốt' }],
      formations: [
        {
          id: 'f-1',
          name: 'Đội y tế',
          composition: { armedForcesYouth: 1, localYouth: 2, pupilsStudents: 3, total: 6 },
          specialisation: 'medical',
          addedOn: '2025-05-20',
        },
      ],
    });
  });

  it('records a cancellation with how far the activity got and its reason', () => {
    const cancelled = evolveActivity(
      proposed,
      event('ActivityCancelled', { activityId: 'a1', fromStatus: 'needs-survey', reason: 'Mưa lũ', cancelledOn: '2025-05-10' }),
    );
    expect(activityView(cancelled)).toMatchObject({
      status: 'cancelled',
      evaluation: null,
      cancellation: { fromStatus: 'needs-survey', reason: 'Mưa lũ', cancelledOn: '2025-05-10' },
    });
  });

  it('reads a document stored when follow-ups and formations were counts, and applies new events to it', () => {
    const legacy = { ...proposed, followUps: 2, formations: 1 } as unknown as ActivityDoc;
    expect(activityView(legacy)).toMatchObject({ followUps: [], formations: [] });
    const next = evolveActivity(
      legacy,
      event('ActivityFormationAdded', {
        activityId: 'a1',
        formationId: 'f-2',
        name: 'Đội học sinh',
        composition: { armedForcesYouth: 0, localYouth: 0, pupilsStudents: 12 },
        addedOn: '2025-05-21',
      }),
    );
    expect(next.formations).toEqual([
      { formationId: 'f-2', name: 'Đội học sinh', composition: { armedForcesYouth: 0, localYouth: 0, pupilsStudents: 12 }, addedOn: '2025-05-21' },
    ]);
    expect(
      evolveActivity(legacy, event('ActivityFollowUpRecorded', { activityId: 'a1', followUpId: 'fu-9', recordedOn: '2025-09-01', note: 'x' })).followUps,
    ).toHaveLength(1);
  });
});
