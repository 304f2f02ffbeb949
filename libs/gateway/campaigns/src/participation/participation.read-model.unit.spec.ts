import type { EventEnvelope } from '@tn/shared-event-contracts';
import { evolveParticipation, hoursPerShift, type ParticipationDoc } from './participation.read-model';

let version = 0;
const event = (type: string, data: Record<string, unknown>, streamId = 's'): EventEnvelope =>
  ({ type, data, streamId, streamVersion: ++version, eventId: `e${version}` }) as unknown as EventEnvelope;

describe('participation read model', () => {
  const record = (recordId: string, kind: string, at: string, shiftId = 'sh') => event('AttendanceRecorded', { shiftId, recordId, volunteerId: 'v1', kind, at, method: 'team-leader', recordedBy: 'leader', uploadedAt: at });
  const fold = (events: EventEnvelope[]) => events.reduce<ParticipationDoc | null>((doc, e) => evolveParticipation(doc, e), null)!;

  it('gives the same hours for repeated and out-of-order uploads as for one in-order upload', () => {
    const inOrder = [record('r1', 'check-in', '2025-06-01T07:00:00+07:00'), record('r2', 'check-out', '2025-06-01T11:30:00+07:00')];
    const shuffled = [inOrder[1]!, inOrder[0]!, inOrder[1]!, inOrder[0]!];
    expect(hoursPerShift(fold(inOrder))).toEqual([{ shiftId: 'sh', hours: 4.5 }]);
    expect(hoursPerShift(fold(shuffled))).toEqual(hoursPerShift(fold(inOrder)));
    expect(fold(shuffled).attendance).toHaveLength(2);
  });

  it('tracks a sign-up from waitlisted to confirmed, and a new sign-up after a cancellation', () => {
    let doc = fold([event('SignUpWaitlisted', { shiftId: 'sh', volunteerId: 'v1', waitlistedAt: '2025-05-01T00:00:00Z' })]);
    doc = evolveParticipation(doc, event('WaitlistPromoted', { shiftId: 'sh', volunteerId: 'v1', promotedAt: '2025-05-02T00:00:00Z' }));
    expect(doc.signUps).toEqual([{ shiftId: 'sh', status: 'confirmed', signedUpAt: '2025-05-01T00:00:00Z', changedAt: '2025-05-02T00:00:00Z' }]);
    doc = evolveParticipation(doc, event('SignUpCancelled', { shiftId: 'sh', volunteerId: 'v1', previousStatus: 'confirmed', cancelledAt: '2025-05-03T00:00:00Z' }));
    doc = evolveParticipation(doc, event('SignUpConfirmed', { shiftId: 'sh', volunteerId: 'v1', confirmedAt: '2025-05-04T00:00:00Z' }));
    expect(doc.signUps).toEqual([{ shiftId: 'sh', status: 'confirmed', signedUpAt: '2025-05-04T00:00:00Z', changedAt: '2025-05-04T00:00:00Z' }]);
  });
});
