import { validationError } from '../common/errors';
import { requireIsoDate, requireText } from '../common/rules';
import type { PlannedShift } from './shift.commands';
import type { ShiftRole } from './shift.types';

/** One weekly slot: ISO weekday (1 = Monday … 7 = Sunday) and local times `HH:MM`. */
export interface WeeklySlot {
  weekday: number;
  start: string;
  end: string;
}

/**
 * A recurring shift pattern. Times are local to `utcOffset` (Vietnam: `+07:00`). A slot whose end
 * is not after its start runs overnight and ends the next day.
 */
export interface WeeklyShiftTemplate {
  templateId: string;
  activityId: string;
  role: ShiftRole;
  capacity: number;
  waitlist: boolean;
  slots: WeeklySlot[];
  utcOffset: string;
}

/** Longest range expanded at once (a year and a day covers a leap year). */
export const MAX_RECURRENCE_DAYS = 366;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const OFFSET = /^(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;
const DAY_MS = 86_400_000;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** ISO weekday of a day number (day 0, 1970-01-01, was a Thursday). */
const weekdayOf = (day: number) => ((day + 3) % 7) + 1;

function requireTemplate(template: WeeklyShiftTemplate, fromDate: string, toDate: string): void {
  requireText(template.templateId, 'SHIFT.TEMPLATE_ID_REQUIRED', 'templateId', 'a template id');
  requireIsoDate(fromDate, 'fromDate');
  requireIsoDate(toDate, 'toDate');
  const days = dayNumber(toDate) - dayNumber(fromDate) + 1;
  if (days < 1) throw validationError('SHIFT.RECURRENCE_RANGE_INVALID', 'toDate', 'the range ends before it starts', { fromDate, toDate });
  if (days > MAX_RECURRENCE_DAYS) {
    throw validationError('SHIFT.RECURRENCE_TOO_LONG', 'toDate', `expand at most ${MAX_RECURRENCE_DAYS} days at once`, { days });
  }
  if (!OFFSET.test(template.utcOffset ?? '')) throw validationError('SHIFT.OFFSET_INVALID', 'utcOffset', 'an offset like +07:00 is required');
  if (!Array.isArray(template.slots) || template.slots.length === 0) throw validationError('SHIFT.SLOTS_REQUIRED', 'slots', 'at least one weekly slot');
  template.slots.forEach((slot, index) => {
    if (!Number.isInteger(slot.weekday) || slot.weekday < 1 || slot.weekday > 7) {
      throw validationError('SHIFT.SLOT_INVALID', `slots.${index}.weekday`, 'a weekday is 1 (Monday) to 7 (Sunday)');
    }
    for (const field of ['start', 'end'] as const) {
      if (!TIME.test(slot[field] ?? '')) throw validationError('SHIFT.SLOT_INVALID', `slots.${index}.${field}`, 'a time is HH:MM');
    }
  });
}

/**
 * Expands a weekly template into one ScheduleShift per occurrence between two dates (inclusive),
 * in date then start-time order. Pure: the same template and range give the same commands, with
 * ids `<templateId>-<YYYYMMDD>-<HHMM>`, so re-expanding schedules nothing twice (SHIFT.ALREADY_EXISTS).
 */
export function expandWeeklyTemplate(template: WeeklyShiftTemplate, fromDate: string, toDate: string): PlannedShift[] {
  requireTemplate(template, fromDate, toDate);
  const slots = [...template.slots].sort((a, b) => a.start.localeCompare(b.start));
  const shifts: PlannedShift[] = [];
  for (let day = dayNumber(fromDate); day <= dayNumber(toDate); day++) {
    const date = dateOf(day);
    for (const slot of slots.filter((candidate) => candidate.weekday === weekdayOf(day))) {
      const endDate = slot.end > slot.start ? date : dateOf(day + 1);
      shifts.push({
        type: 'ScheduleShift',
        shiftId: `${template.templateId}-${date.replaceAll('-', '')}-${slot.start.replace(':', '')}`,
        activityId: template.activityId,
        role: template.role,
        startsAt: `${date}T${slot.start}:00${template.utcOffset}`,
        endsAt: `${endDate}T${slot.end}:00${template.utcOffset}`,
        capacity: template.capacity,
        waitlist: template.waitlist,
      });
    }
  }
  return shifts;
}
