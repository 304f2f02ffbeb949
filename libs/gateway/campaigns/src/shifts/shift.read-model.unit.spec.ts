import { evolveShift } from './shift.read-model';

let version = 0;
// Envelopes as the projector receives them (their data unchecked here: `never` lets any shape in).
const event = (type: string, data: Record<string, unknown>, streamId = 's') =>
  ({ type, data, streamId, streamVersion: ++version, eventId: `e${version}` }) as never;

describe('shift read model', () => {
  it('confirms up to capacity, waitlists in order, and promotes the first waitlisted on a cancellation', () => {
    let shift = evolveShift(
      null,
      event('ShiftScheduled', {
        shiftId: 'sh',
        activityId: 'a1',
        roleId: 'r',
        roleName: 'Tình nguyện viên',
        requiredSkills: [],
        requiresApproval: false,
        startsAt: '2025-06-01T07:00:00+07:00',
        endsAt: '2025-06-01T11:00:00+07:00',
        capacity: 2,
        waitlist: true,
      }),
    );
    for (const id of ['v1', 'v2'])
      shift = evolveShift(shift, event('SignUpConfirmed', { shiftId: 'sh', volunteerId: id, confirmedAt: '2025-05-01T00:00:00Z' }));
    for (const id of ['v3', 'v4'])
      shift = evolveShift(shift, event('SignUpWaitlisted', { shiftId: 'sh', volunteerId: id, waitlistedAt: '2025-05-01T00:00:00Z' }));
    shift = evolveShift(
      shift,
      event('SignUpCancelled', { shiftId: 'sh', volunteerId: 'v1', previousStatus: 'confirmed', cancelledAt: '2025-05-02T00:00:00Z' }),
    );
    shift = evolveShift(shift, event('WaitlistPromoted', { shiftId: 'sh', volunteerId: 'v3', promotedAt: '2025-05-02T00:00:00Z' }));
    expect(shift.confirmed).toEqual(['v2', 'v3']);
    expect(shift.waitlisted).toEqual(['v4']);
  });
});
