import type { EventEnvelope } from '@tn/shared-event-contracts';
import { campaignsHistoryProjection, campaignsHistorySubjects } from './campaigns-history.read-model';

const envelope = (streamType: string, id: string, type: string, data: Record<string, unknown> = {}): EventEnvelope =>
  ({
    eventId: `${type}-${id}`,
    type,
    streamType,
    streamId: `${streamType}-${id}`,
    streamVersion: 2,
    occurredAt: '2026-05-01T01:00:00.000Z',
    recordedAt: '2026-05-01T01:00:01.000Z',
    actor: { kind: 'account', id: 'demo.xa' },
    data,
  }) as EventEnvelope;

describe('campaigns history read model', () => {
  it('files each stream under its subject: shifts and their attendance apart from the activity, certificates under themselves', () => {
    expect(campaignsHistorySubjects(envelope('campaign', 'c-1', 'CampaignLaunched'))).toEqual(['campaign:c-1']);
    expect(campaignsHistorySubjects(envelope('activity', 'a-1', 'ActivityPlanned'))).toEqual(['activity:a-1']);
    expect(campaignsHistorySubjects(envelope('activity-results', 'a-1', 'ActivityOutputRecorded'))).toEqual(['activity:a-1']);
    expect(campaignsHistorySubjects(envelope('shift', 's-1', 'ShiftScheduled', { activityId: 'a-1' }))).toEqual(['shift:s-1']);
    expect(campaignsHistorySubjects(envelope('attendance', 's-1', 'AttendanceRecorded'))).toEqual(['shift:s-1']);
    expect(campaignsHistorySubjects(envelope('certificate', 'k-1', 'CertificateIssued', { campaignId: 'c-1' }))).toEqual(['certificate:k-1']);
    expect(campaignsHistorySubjects(envelope('certificate', 'k-1', 'CertificateRevoked', { certificateId: 'k-1' }))).toEqual(['certificate:k-1']);
    expect(campaignsHistorySubjects(envelope('output-catalogue', 'catalogue', 'OutputMeasureDefined'))).toEqual([]);
  });

  it('keeps who did what and when, never the data', () => {
    const event = envelope('activity', 'a-1', 'ActivityCancelled', { reason: 'Mưa lũ ở thôn Lao Chải', cancelledOn: '2026-05-01' });
    const entry = campaignsHistoryProjection.evolve(null, event);
    expect(entry).toEqual({
      subjects: ['activity:a-1'],
      eventId: 'ActivityCancelled-a-1',
      type: 'ActivityCancelled',
      occurredAt: '2026-05-01T01:00:00.000Z',
      recordedAt: '2026-05-01T01:00:01.000Z',
      actorKind: 'account',
      actorId: 'demo.xa',
      streamType: 'activity',
      streamVersion: 2,
    });
    expect(JSON.stringify(entry)).not.toContain('Lao Chải');
    // One entry per event, and a replay leaves it as it is.
    expect(campaignsHistoryProjection.documentId(event)).toBe('ActivityCancelled-a-1');
    expect(campaignsHistoryProjection.evolve(entry as never, event)).toBe(entry);
    expect(campaignsHistoryProjection.documentId(envelope('output-catalogue', 'catalogue', 'OutputMeasureDefined'))).toBeUndefined();
  });

  it('follows every campaigns event type, and indexes the subjects it is read by', () => {
    expect(campaignsHistoryProjection.handles).toEqual(expect.arrayContaining(['CampaignLaunched', 'ShiftScheduled', 'CertificateRevoked']));
    expect(campaignsHistoryProjection.indexes).toEqual([{ subjects: 1 }]);
  });
});
