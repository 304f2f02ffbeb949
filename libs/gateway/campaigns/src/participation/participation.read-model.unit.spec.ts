import { evolveParticipation, hoursPerShift, type ParticipationDoc } from './participation.read-model';

let version = 0;
// Envelopes as the projector receives them (their data unchecked here: `never` lets any shape in).
const event = (type: string, data: Record<string, unknown>, streamId = 's') =>
  ({ type, data, streamId, streamVersion: ++version, eventId: `e${version}` }) as never;

describe('participation read model', () => {
  const record = (recordId: string, kind: string, at: string, shiftId = 'sh') =>
    event('AttendanceRecorded', { shiftId, recordId, volunteerId: 'v1', kind, at, method: 'team-leader', recordedBy: 'leader', uploadedAt: at });
  const fold = (events: Parameters<typeof evolveParticipation>[1][]) => events.reduce<ParticipationDoc | null>((doc, e) => evolveParticipation(doc, e), null)!;

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
    doc = evolveParticipation(
      doc,
      event('SignUpCancelled', { shiftId: 'sh', volunteerId: 'v1', previousStatus: 'confirmed', cancelledAt: '2025-05-03T00:00:00Z' }),
    );
    doc = evolveParticipation(doc, event('SignUpConfirmed', { shiftId: 'sh', volunteerId: 'v1', confirmedAt: '2025-05-04T00:00:00Z' }));
    expect(doc.signUps).toEqual([{ shiftId: 'sh', status: 'confirmed', signedUpAt: '2025-05-04T00:00:00Z', changedAt: '2025-05-04T00:00:00Z' }]);
  });

  it('changes the hours when a correction is approved, not while it is pending or once rejected', () => {
    const recorded = [record('r1', 'check-in', '2025-06-01T07:00:00+07:00'), record('r2', 'check-out', '2025-06-01T11:30:00+07:00')];
    const addCheckOut = { recordId: 'r3', volunteerId: 'v1', kind: 'check-out', at: '2025-06-01T12:30:00+07:00', method: 'team-leader' };
    const requested = (correctionId: string) =>
      event('AttendanceCorrectionRequested', {
        shiftId: 'sh',
        correctionId,
        volunteerId: 'v1',
        voidRecordIds: ['r2'],
        addRecords: [addCheckOut],
        reason: 'về muộn',
        requestedBy: 'leader',
        requestedAt: '2025-06-02T08:00:00+07:00',
      });
    const pending = fold([...recorded, requested('c1')]);
    expect(hoursPerShift(pending)).toEqual([{ shiftId: 'sh', hours: 4.5 }]);
    const approved = evolveParticipation(
      pending,
      event('AttendanceCorrectionApproved', {
        shiftId: 'sh',
        correctionId: 'c1',
        volunteerId: 'v1',
        approvedBy: 'cadre',
        approvedAt: '2025-06-02T09:00:00+07:00',
      }),
    );
    expect(hoursPerShift(approved)).toEqual([{ shiftId: 'sh', hours: 5.5 }]);
    expect(approved.corrections?.[0]).toMatchObject({ status: 'approved', decidedBy: 'cadre' });
    const rejected = evolveParticipation(
      fold([...recorded, requested('c2')]),
      event('AttendanceCorrectionRejected', {
        shiftId: 'sh',
        correctionId: 'c2',
        volunteerId: 'v1',
        rejectedBy: 'cadre',
        reason: 'không đúng',
        rejectedAt: '2025-06-02T09:00:00+07:00',
      }),
    );
    expect(hoursPerShift(rejected)).toEqual([{ shiftId: 'sh', hours: 4.5 }]);
    expect(rejected.corrections?.[0]).toMatchObject({ status: 'rejected', rejectionReason: 'không đúng' });
  });

  it('marks a revoked certificate in the holder’s view', () => {
    const issued = event('CertificateIssued', {
      certificateId: 'cert-1',
      award: 'badge',
      volunteerId: 'v1',
      issuingUnitId: 'u1',
      hours: 42,
      activities: 3,
      issuedOn: '2025-09-01',
      code: 'x.y',
    });
    const doc = fold([
      issued,
      event('CertificateRevoked', { certificateId: 'cert-1', volunteerId: 'v1', reason: 'sai giờ', revokedOn: '2025-09-10', revokedBy: 'cadre' }),
    ]);
    expect(doc.certificates).toEqual([expect.objectContaining({ certificateId: 'cert-1', award: 'badge', revokedOn: '2025-09-10' })]);
  });
});
