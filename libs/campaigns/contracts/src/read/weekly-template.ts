import type { CampaignsErrorCode } from '../campaigns-error-codes';
import { isIsoDate } from '@tn/shared-event-contracts';
import type { ShiftPlan, ShiftRole } from './shift-roles';

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

/** One occurrence as the ScheduleShift command that schedules it (the service adds its activity's status). */
export type PlannedShift = { type: 'ScheduleShift' } & ShiftPlan;

/** Why a template cannot be expanded, as a validation refusal naming the field it concerns. */
export interface TemplateRefusal {
  /** One of the context's codes, as a decider's refusal would be. */
  code: CampaignsErrorCode;
  field: string;
  message: string;
  details?: Record<string, unknown>;
}

/** The occurrences, or the first reason the template and range cannot be expanded. */
export type TemplateExpansion = { shifts: PlannedShift[] } | { refusal: TemplateRefusal };

/** Longest range expanded at once (a year and a day covers a leap year). */
export const MAX_RECURRENCE_DAYS = 366;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const OFFSET = /^(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;
const DAY_MS = 86_400_000;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** ISO weekday of a day number (day 0, 1970-01-01, was a Thursday). */
const weekdayOf = (day: number) => ((day + 3) % 7) + 1;

function dateRefusal(value: string, field: string): TemplateRefusal | undefined {
  return isIsoDate(value) ? undefined : { code: 'DATE.INVALID', field, message: `"${String(value)}" is not a date (YYYY-MM-DD)`, details: { value } };
}

function slotRefusal(slot: WeeklySlot, index: number): TemplateRefusal | undefined {
  if (!Number.isInteger(slot.weekday) || slot.weekday < 1 || slot.weekday > 7) {
    return { code: 'SHIFT.SLOT_INVALID', field: `slots.${index}.weekday`, message: 'a weekday is 1 (Monday) to 7 (Sunday)' };
  }
  for (const field of ['start', 'end'] as const) {
    if (!TIME.test(slot[field] ?? '')) return { code: 'SHIFT.SLOT_INVALID', field: `slots.${index}.${field}`, message: 'a time is HH:MM' };
  }
  return undefined;
}

/** The first reason the template cannot be expanded over the range, in the order a reader checks them. */
function refusalOf(template: WeeklyShiftTemplate, fromDate: string, toDate: string): TemplateRefusal | undefined {
  if (typeof template.templateId !== 'string' || !template.templateId.trim()) {
    return { code: 'SHIFT.TEMPLATE_ID_REQUIRED', field: 'templateId', message: 'a template id is required' };
  }
  const badDate = dateRefusal(fromDate, 'fromDate') ?? dateRefusal(toDate, 'toDate');
  if (badDate) return badDate;
  const days = dayNumber(toDate) - dayNumber(fromDate) + 1;
  if (days < 1) return { code: 'SHIFT.RECURRENCE_RANGE_INVALID', field: 'toDate', message: 'the range ends before it starts', details: { fromDate, toDate } };
  if (days > MAX_RECURRENCE_DAYS) {
    return { code: 'SHIFT.RECURRENCE_TOO_LONG', field: 'toDate', message: `expand at most ${MAX_RECURRENCE_DAYS} days at once`, details: { days } };
  }
  if (!OFFSET.test(template.utcOffset ?? '')) return { code: 'SHIFT.OFFSET_INVALID', field: 'utcOffset', message: 'an offset like +07:00 is required' };
  if (!Array.isArray(template.slots) || template.slots.length === 0)
    return { code: 'SHIFT.SLOTS_REQUIRED', field: 'slots', message: 'at least one weekly slot' };
  for (const [index, slot] of template.slots.entries()) {
    const refusal = slotRefusal(slot, index);
    if (refusal) return refusal;
  }
  return undefined;
}

/**
 * Expands a weekly template into one ScheduleShift per occurrence between two dates (inclusive),
 * in date then start-time order. Pure: the same template and range give the same commands, with
 * ids `<templateId>-<YYYYMMDD>-<HHMM>`, so re-expanding schedules nothing twice (SHIFT.ALREADY_EXISTS).
 * A malformed template or range gives its refusal instead (the caller reports it as a validation error).
 */
export function expandWeeklyTemplate(template: WeeklyShiftTemplate, fromDate: string, toDate: string): TemplateExpansion {
  const refusal = refusalOf(template, fromDate, toDate);
  if (refusal) return { refusal };
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
  return { shifts };
}
