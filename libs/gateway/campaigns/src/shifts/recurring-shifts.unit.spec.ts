import { isSameOccurrence, recurringShiftCommands, scheduleCommandIdOf } from './recurring-shifts';
import type { ScheduleRecurringShiftsInput } from './shift.models';

const input = {
  activityId: 'a-1',
  role: { roleId: 'lao-dong', name: 'Lao động', requiredSkills: [], requiresApproval: false },
  // Tuesday mornings and Saturday afternoons, three weeks from Monday 1 June 2026.
  slots: [
    { weekday: 6, start: '13:30', end: '17:00' },
    { weekday: 2, start: '07:00', end: '11:00' },
  ],
  from: '2026-06-01',
  to: '2026-06-21',
  capacity: 10,
  waitlist: true,
} as ScheduleRecurringShiftsInput;

/** The first occurrence of a template over the input's range. */
function firstOf(template: ScheduleRecurringShiftsInput) {
  const [command] = recurringShiftCommands(template, 'tpl');
  if (!command) throw new Error('no occurrence');
  return command;
}

describe('recurring shifts', () => {
  it('expands two weekly slots over three weeks into six shifts with ids from the template and the occurrence, in Vietnamese time', () => {
    const commands = recurringShiftCommands(input, 'tpl');
    expect(commands.map((command) => command.shiftId)).toEqual([
      'tpl-20260602-0700',
      'tpl-20260606-1330',
      'tpl-20260609-0700',
      'tpl-20260613-1330',
      'tpl-20260616-0700',
      'tpl-20260620-1330',
    ]);
    expect(commands[1]).toMatchObject({
      activityId: 'a-1',
      startsAt: '2026-06-06T13:30:00+07:00',
      endsAt: '2026-06-06T17:00:00+07:00',
      capacity: 10,
      waitlist: true,
    });
  });

  it('gives the same occurrence the same command id on every run, and another one when its content differs', () => {
    const first = firstOf(input);
    expect(scheduleCommandIdOf(firstOf({ ...input, to: '2026-12-31' } as ScheduleRecurringShiftsInput))).toBe(scheduleCommandIdOf(first));
    expect(scheduleCommandIdOf(firstOf({ ...input, capacity: 20 } as ScheduleRecurringShiftsInput))).not.toBe(scheduleCommandIdOf(first));
  });

  it('counts an existing shift as the occurrence only when it is the same', () => {
    const command = firstOf(input);
    const shift = { ...command, status: 'scheduled' as const, startsAt: '2026-06-02T00:00:00Z' };
    expect(isSameOccurrence(shift, command)).toBe(true);
    expect(isSameOccurrence({ ...shift, capacity: 5 }, command)).toBe(false);
    expect(isSameOccurrence({ ...shift, activityId: 'a-2' }, command)).toBe(false);
  });

  it('refuses a range longer than the domain allows, naming the field', () => {
    expect(() => recurringShiftCommands({ ...input, to: '2027-06-02' } as ScheduleRecurringShiftsInput, 'tpl')).toThrow(
      expect.objectContaining({ code: 'SHIFT.RECURRENCE_TOO_LONG' }),
    );
  });
});
