import { fold, given } from '@tn/shared-decider';
import type { ScheduleShift, ShiftCommand, SignUpForShift } from './shift.commands';
import { shiftDecider } from './shift.decide';
import { type ShiftEvent, shiftStreamId } from './shift.events';
import type { ScheduledShift, VolunteerFacts } from './shift.types';

const schedule: ScheduleShift = {
  type: 'ScheduleShift',
  shiftId: 's-1',
  activityId: 'a-1',
  activityStatus: 'planned',
  role: { roleId: 'builder', name: 'Làm đường', requiredSkills: [], requiresApproval: false },
  startsAt: '2026-07-01T07:00:00+07:00',
  endsAt: '2026-07-01T11:00:00+07:00',
  capacity: 15,
  waitlist: true,
};
const scheduledWith = (overrides: Partial<ScheduleShift> = {}): ShiftEvent[] => shiftDecider.decide({ ...schedule, ...overrides }, shiftDecider.initialState());
const adult: VolunteerFacts = { skills: ['first-aid'], ageOnShiftDate: 22, hasGuardianConsent: false };
const signUp = (volunteerId: string, volunteer: VolunteerFacts = adult): SignUpForShift => ({
  type: 'SignUpForShift',
  shiftId: 's-1',
  volunteerId,
  volunteer,
  activityStatus: 'planned',
  signedUpAt: '2026-06-20T09:00:00+07:00',
});
const cancel = (volunteerId: string): ShiftCommand => ({ type: 'CancelSignUp', shiftId: 's-1', volunteerId, cancelledAt: '2026-06-25T10:00:00+07:00' });

/** Runs commands one after another, as the command handler would, keeping every event. */
function run(history: ShiftEvent[], commands: ShiftCommand[]): ShiftEvent[] {
  return commands.reduce((events, command) => [...events, ...shiftDecider.decide(command, fold(shiftDecider, events))], history);
}
const shiftOf = (events: ShiftEvent[]) => fold(shiftDecider, events) as ScheduledShift;
const volunteers = Array.from({ length: 20 }, (_, index) => `v-${String(index + 1).padStart(2, '0')}`);

describe('shifts and sign-ups', () => {
  it('confirms 15 of 20 sign-ups for a shift of 15 and waitlists 5; a cancellation promotes the first waitlisted', () => {
    const events = run(
      scheduledWith(),
      volunteers.map((id) => signUp(id)),
    );
    expect(shiftOf(events).confirmed).toEqual(volunteers.slice(0, 15));
    expect(shiftOf(events).waitlisted).toEqual(volunteers.slice(15));
    expect(events.filter((event) => event.type === 'SignUpWaitlisted')).toHaveLength(5);
    given(shiftDecider, events)
      .when(cancel('v-03'))
      .then([
        { type: 'SignUpCancelled', data: { shiftId: 's-1', volunteerId: 'v-03', previousStatus: 'confirmed', cancelledAt: '2026-06-25T10:00:00+07:00' } },
        { type: 'WaitlistPromoted', data: { shiftId: 's-1', volunteerId: 'v-16', promotedAt: '2026-06-25T10:00:00+07:00' } },
      ]);
    const after = shiftOf(run(events, [cancel('v-03')]));
    expect([after.confirmed.length, after.confirmed.at(-1), after.waitlisted]).toEqual([15, 'v-16', ['v-17', 'v-18', 'v-19', 'v-20']]);
    expect(shiftStreamId('s-1')).toBe('shift-s-1');
  });

  it('refuses over-filling a full shift that keeps no waitlist with SHIFT.FULL', () => {
    const full = run(scheduledWith({ capacity: 2, waitlist: false }), [signUp('v-01'), signUp('v-02')]);
    expect(given(shiftDecider, full).when(signUp('v-03')).thenFails('SHIFT.FULL').details).toEqual({ shiftId: 's-1', capacity: 2 });
  });

  it('refuses a minor without a guardian consent, and takes one with it', () => {
    const minor = { skills: [], ageOnShiftDate: 16, hasGuardianConsent: false };
    const error = given(shiftDecider, scheduledWith()).when(signUp('v-01', minor)).thenFails('SIGNUP.GUARDIAN_CONSENT_REQUIRED');
    expect(error.field).toBe('volunteer.hasGuardianConsent');
    given(shiftDecider, scheduledWith())
      .when(signUp('v-01', { ...minor, hasGuardianConsent: true }))
      .then([{ type: 'SignUpConfirmed', data: { shiftId: 's-1', volunteerId: 'v-01', confirmedAt: '2026-06-20T09:00:00+07:00' } }]);
  });

  it('refuses a volunteer without the required skills or under the minimum age, naming the criterion', () => {
    const medic = scheduledWith({ role: { roleId: 'medic', name: 'Y tế', requiredSkills: ['first-aid', 'nursing'], minimumAge: 20, requiresApproval: false } });
    const skills = given(shiftDecider, medic).when(signUp('v-01')).thenFails('SIGNUP.NOT_ELIGIBLE');
    expect([skills.field, skills.details]).toEqual(['skills', { missing: ['nursing'] }]);
    const young = { skills: ['first-aid', 'nursing'], ageOnShiftDate: 19, hasGuardianConsent: false };
    const age = given(shiftDecider, medic).when(signUp('v-01', young)).thenFails('SIGNUP.NOT_ELIGIBLE');
    expect([age.field, age.details]).toEqual(['minimumAge', { minimumAge: 20, age: 19 }]);
  });

  it('refuses a second sign-up by the same volunteer, wherever they stand', () => {
    const events = run(scheduledWith({ capacity: 1 }), [signUp('v-01'), signUp('v-02')]);
    expect(given(shiftDecider, events).when(signUp('v-01')).thenFails('SIGNUP.DUPLICATE').details).toEqual({ status: 'confirmed' });
    expect(given(shiftDecider, events).when(signUp('v-02')).thenFails('SIGNUP.DUPLICATE').details).toEqual({ status: 'waitlisted' });
  });

  it('holds sign-ups for a restricted role until approved, then places them; or rejects them with a reason', () => {
    const restricted = scheduledWith({ capacity: 1, role: { ...schedule.role, requiresApproval: true } });
    const pending = run(restricted, [signUp('v-01'), signUp('v-02')]);
    expect(shiftOf(pending).pending).toEqual(['v-01', 'v-02']);
    const approve = (volunteerId: string): ShiftCommand => ({
      type: 'ApproveSignUp',
      shiftId: 's-1',
      volunteerId,
      approvedBy: 'cadre-7',
      approvedAt: '2026-06-21T08:00:00+07:00',
    });
    given(shiftDecider, pending)
      .when(approve('v-02'))
      .then([
        { type: 'SignUpApproved', data: { shiftId: 's-1', volunteerId: 'v-02', approvedBy: 'cadre-7', approvedAt: '2026-06-21T08:00:00+07:00' } },
        { type: 'SignUpConfirmed', data: { shiftId: 's-1', volunteerId: 'v-02', confirmedAt: '2026-06-21T08:00:00+07:00' } },
      ]);
    const approved = run(pending, [approve('v-02'), approve('v-01')]);
    expect([shiftOf(approved).confirmed, shiftOf(approved).waitlisted]).toEqual([['v-02'], ['v-01']]);
    given(shiftDecider, approved).when(approve('v-01')).thenFails('SIGNUP.NOT_PENDING');
    const reject: ShiftCommand = {
      type: 'RejectSignUp',
      shiftId: 's-1',
      volunteerId: 'v-01',
      rejectedBy: 'cadre-7',
      reason: 'chưa tập huấn',
      rejectedAt: '2026-06-21T08:00:00+07:00',
    };
    expect(shiftOf(run(pending, [reject])).pending).toEqual(['v-02']);
  });

  it('promotes no one when a waitlisted volunteer cancels, and refuses cancelling a sign-up that does not exist', () => {
    const events = run(scheduledWith({ capacity: 1 }), [signUp('v-01'), signUp('v-02'), signUp('v-03')]);
    const decided = given(shiftDecider, events).when(cancel('v-02'));
    expect(
      decided.then([
        { type: 'SignUpCancelled', data: { shiftId: 's-1', volunteerId: 'v-02', previousStatus: 'waitlisted', cancelledAt: '2026-06-25T10:00:00+07:00' } },
      ]),
    ).toHaveLength(1);
    given(shiftDecider, events).when(cancel('v-09')).thenFails('SIGNUP.NOT_FOUND');
  });

  it('fills new places from the waitlist when the capacity rises, and never drops below the confirmed count', () => {
    const events = run(scheduledWith({ capacity: 1 }), [signUp('v-01'), signUp('v-02'), signUp('v-03'), signUp('v-04')]);
    const raised = run(events, [{ type: 'ChangeShiftCapacity', shiftId: 's-1', capacity: 3, changedAt: '2026-06-22T08:00:00+07:00' }]);
    expect([shiftOf(raised).confirmed, shiftOf(raised).waitlisted]).toEqual([['v-01', 'v-02', 'v-03'], ['v-04']]);
    given(shiftDecider, raised)
      .when({ type: 'ChangeShiftCapacity', shiftId: 's-1', capacity: 2, changedAt: '2026-06-22T09:00:00+07:00' })
      .thenFails('SHIFT.CAPACITY_BELOW_CONFIRMED');
  });

  it('closes sign-ups once the shift has started, and refuses commands on an unscheduled shift', () => {
    given(shiftDecider, scheduledWith())
      .when({ ...signUp('v-01'), signedUpAt: '2026-07-01T07:30:00+07:00' })
      .thenFails('SHIFT.ALREADY_STARTED');
    given(shiftDecider).when(signUp('v-01')).thenFails('SHIFT.NOT_FOUND');
    given(shiftDecider)
      .when({ ...schedule, capacity: 0 })
      .thenFails('SHIFT.CAPACITY_INVALID');
  });

  it('refuses a shift longer than a day, and shifts or sign-ups on a cancelled or finished activity', () => {
    const tooLong = given(shiftDecider)
      .when({ ...schedule, endsAt: '2036-07-01T11:00:00+07:00' })
      .thenFails('SHIFT.TOO_LONG');
    expect([tooLong.field, tooLong.details]).toEqual(['endsAt', { maxHours: 24 }]);
    given(shiftDecider)
      .when({ ...schedule, endsAt: '2026-07-02T07:00:00+07:00' })
      .then(scheduledWith({ endsAt: '2026-07-02T07:00:00+07:00' }));
    expect(
      given(shiftDecider)
        .when({ ...schedule, activityStatus: 'cancelled' })
        .thenFails('ACTIVITY.CANCELLED').field,
    ).toBe('activityId');
    given(shiftDecider)
      .when({ ...schedule, activityStatus: 'completed' })
      .thenFails('SHIFT.ACTIVITY_OVER');
    given(shiftDecider)
      .when({ ...schedule, activityStatus: 'none' })
      .thenFails('ACTIVITY.NOT_FOUND');
    expect(
      given(shiftDecider, scheduledWith())
        .when({ ...signUp('v-01'), activityStatus: 'cancelled' })
        .thenFails('ACTIVITY.CANCELLED').field,
    ).toBe('shiftId');
  });
});
