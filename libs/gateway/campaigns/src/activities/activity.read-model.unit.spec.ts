import type { EventEnvelope } from '@tn/shared-event-contracts';
import { totalsOf } from '../campaigns/campaigns.resolver';
import { activityProjection, evolveActivity } from './activity.read-model';

let version = 0;
const event = (type: string, data: Record<string, unknown>, streamId = 's'): EventEnvelope =>
  ({ type, data, streamId, streamVersion: ++version, eventId: `e${version}` }) as unknown as EventEnvelope;

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
    const planned = evolveActivity(proposed, event('ActivityPlanned', { activityId: 'a1', startsOn: '2025-06-01', endsOn: '2025-06-30', plannedOn: '2025-05-02' }));
    const started = evolveActivity(evolveActivity(planned, event('ActivityPrepared', { activityId: 'a1', preparedOn: '2025-05-20' })), event('ActivityStarted', { activityId: 'a1', startedAt: '2025-06-01T07:00:00+07:00' }));
    const completed = evolveActivity(started, event('ActivityCompleted', { activityId: 'a1', completedAt: '2025-06-30T17:00:00+07:00' }));
    expect([planned.status, started.status, completed.status]).toEqual(['planned', 'in-progress', 'completed']);
    expect(totalsOf([proposed, planned, completed, completed])).toEqual([
      { status: 'completed', count: 2 },
      { status: 'needs-survey', count: 1 },
      { status: 'planned', count: 1 },
    ]);
    expect(activityProjection.documentId(event('ActivityStarted', { activityId: 'a1' }))).toBe('a1');
  });
});
