import { expandWeeklyTemplate, type PlannedShift, type TemplateRefusal, type WeeklyShiftTemplate } from './weekly-template';

const template: WeeklyShiftTemplate = {
  templateId: 'tiep-suc',
  activityId: 'a-exam',
  role: { roleId: 'guide', name: 'Hướng dẫn thí sinh', requiredSkills: [], requiresApproval: false },
  capacity: 10,
  waitlist: true,
  slots: [
    { weekday: 3, start: '13:30', end: '17:00' },
    { weekday: 1, start: '06:30', end: '11:00' },
    { weekday: 3, start: '06:30', end: '11:00' },
  ],
  utcOffset: '+07:00',
};

function shiftsOf(...args: Parameters<typeof expandWeeklyTemplate>): PlannedShift[] {
  const expansion = expandWeeklyTemplate(...args);
  if ('refusal' in expansion) throw new Error(`unexpected refusal ${expansion.refusal.code}`);
  return expansion.shifts;
}

function refusalOf(...args: Parameters<typeof expandWeeklyTemplate>): Pick<TemplateRefusal, 'code' | 'field'> {
  const expansion = expandWeeklyTemplate(...args);
  if (!('refusal' in expansion)) throw new Error('expected a refusal');
  return { code: expansion.refusal.code, field: expansion.refusal.field };
}

describe('weekly shift template', () => {
  it('expands into one shift per slot between two dates, in time order', () => {
    // 2026-06-22 is a Monday; the range covers two Mondays and one Wednesday.
    const shifts = shiftsOf(template, '2026-06-22', '2026-06-29');
    expect(shifts.map((shift) => [shift.shiftId, shift.startsAt, shift.endsAt])).toEqual([
      ['tiep-suc-20260622-0630', '2026-06-22T06:30:00+07:00', '2026-06-22T11:00:00+07:00'],
      ['tiep-suc-20260624-0630', '2026-06-24T06:30:00+07:00', '2026-06-24T11:00:00+07:00'],
      ['tiep-suc-20260624-1330', '2026-06-24T13:30:00+07:00', '2026-06-24T17:00:00+07:00'],
      ['tiep-suc-20260629-0630', '2026-06-29T06:30:00+07:00', '2026-06-29T11:00:00+07:00'],
    ]);
    expect(shifts.every((shift) => shift.capacity === 10 && shift.activityId === 'a-exam')).toBe(true);
  });

  it('gives the same shifts when expanded again', () => {
    expect(shiftsOf(template, '2026-06-22', '2026-06-29')).toEqual(shiftsOf(template, '2026-06-22', '2026-06-29'));
  });

  it('runs an overnight slot into the next day', () => {
    const night = { ...template, slots: [{ weekday: 7, start: '22:00', end: '02:00' }] };
    const [shift] = shiftsOf(night, '2026-06-22', '2026-06-28');
    expect([shift?.startsAt, shift?.endsAt]).toEqual(['2026-06-28T22:00:00+07:00', '2026-06-29T02:00:00+07:00']);
  });

  it('refuses a range that is reversed or too long, and malformed slots', () => {
    expect(refusalOf(template, '2026-06-29', '2026-06-22')).toEqual({ code: 'SHIFT.RECURRENCE_RANGE_INVALID', field: 'toDate' });
    expect(refusalOf(template, '2026-01-01', '2027-06-01')).toEqual({ code: 'SHIFT.RECURRENCE_TOO_LONG', field: 'toDate' });
    const badTime = { ...template, slots: [{ weekday: 1, start: '25:00', end: '26:00' }] };
    expect(refusalOf(badTime, '2026-06-22', '2026-06-29')).toEqual({ code: 'SHIFT.SLOT_INVALID', field: 'slots.0.start' });
    const badDay = { ...template, slots: [{ weekday: 0, start: '08:00', end: '09:00' }] };
    expect(refusalOf(badDay, '2026-06-22', '2026-06-29')).toEqual({ code: 'SHIFT.SLOT_INVALID', field: 'slots.0.weekday' });
  });

  it('refuses a date that is not a calendar date, and a template without id, offset or slots', () => {
    expect(refusalOf(template, '2026-02-30', '2026-03-02')).toEqual({ code: 'DATE.INVALID', field: 'fromDate' });
    expect(refusalOf(template, '2026-06-22', 'soon')).toEqual({ code: 'DATE.INVALID', field: 'toDate' });
    expect(refusalOf({ ...template, templateId: ' ' }, '2026-06-22', '2026-06-29')).toEqual({ code: 'SHIFT.TEMPLATE_ID_REQUIRED', field: 'templateId' });
    expect(refusalOf({ ...template, utcOffset: '7' }, '2026-06-22', '2026-06-29')).toEqual({ code: 'SHIFT.OFFSET_INVALID', field: 'utcOffset' });
    expect(refusalOf({ ...template, slots: [] }, '2026-06-22', '2026-06-29')).toEqual({ code: 'SHIFT.SLOTS_REQUIRED', field: 'slots' });
  });
});
