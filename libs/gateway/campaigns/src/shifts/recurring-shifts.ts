import { createHash } from 'node:crypto';
import { expandWeeklyTemplate, type PlannedShift, type ShiftRole } from '@tn/campaigns-contracts';
import { validationError } from '@tn/shared-decider';
import type { ScheduleRecurringShiftsInput } from './shift.models';
import type { ShiftDoc } from './shift.read-model';

/**
 * Recurring shifts are expanded here, in the gateway, not in the campaigns service: each
 * occurrence is its own shift stream, and the service's command handler decides one command on
 * one stream (one commit per command, ADR 0005); a route producing several streams would need a
 * process manager there. The gateway runs the context's pure expansion (a read contract, so the
 * occurrences and their ids are the context's) and sends one ScheduleShift per occurrence.
 *
 * Retrying after a partial failure must create no duplicates and must succeed: the shift ids
 * come from the template and the occurrence, and each command id from the command's content, so
 * an occurrence the first run scheduled is answered by the event store as a repeat of the same
 * command with its first result.
 */

/** Vietnam's offset: the slots' local times are Vietnamese times (no daylight saving). */
export const VIETNAM_OFFSET = '+07:00';

/** The role with its keys in one order, so the same role always gives the same command id. */
const roleOf = (role: Omit<ShiftRole, 'minimumAge'> & { minimumAge?: number | null }): ShiftRole => ({
  roleId: role.roleId,
  name: role.name,
  requiredSkills: [...(role.requiredSkills ?? [])],
  ...(role.minimumAge === undefined || role.minimumAge === null ? {} : { minimumAge: role.minimumAge }),
  requiresApproval: role.requiresApproval ?? false,
});

/** One ScheduleShift per occurrence between the two dates; a malformed range or slot is a validation error (at most MAX_RECURRENCE_DAYS). */
export function recurringShiftCommands(input: ScheduleRecurringShiftsInput, templateId: string): PlannedShift[] {
  const template = {
    templateId,
    activityId: input.activityId,
    role: roleOf(input.role),
    capacity: input.capacity,
    waitlist: input.waitlist,
    slots: input.slots.map(({ weekday, start, end }) => ({ weekday, start, end })),
    utcOffset: VIETNAM_OFFSET,
  };
  const expansion = expandWeeklyTemplate(template, input.from, input.to);
  if ('refusal' in expansion) {
    const { code, field, message, details } = expansion.refusal;
    throw validationError(code, field, message, details);
  }
  return expansion.shifts;
}

/** The command id of an occurrence: the same content, the same id (a repeat the event store answers once). */
export function scheduleCommandIdOf(command: PlannedShift): string {
  const { shiftId, activityId, role, startsAt, endsAt, capacity, waitlist } = command;
  const content = JSON.stringify({ type: 'ScheduleShift', shiftId, activityId, role, startsAt, endsAt, capacity, waitlist });
  return `schedule-shift-${createHash('sha256').update(content).digest('hex').slice(0, 32)}`;
}

/** The payload of the service's ScheduleShift route. */
export function schedulePayloadOf(command: PlannedShift) {
  const { shiftId, activityId, role, startsAt, endsAt, capacity, waitlist } = command;
  return { shiftId, activityId, role, startsAt, endsAt, capacity, waitlist };
}

/** Whether a scheduled shift is exactly this occurrence (same activity, role, times and places). */
export function isSameOccurrence(shift: Omit<ShiftDoc, 'confirmed' | 'waitlisted' | 'pending'>, command: PlannedShift): boolean {
  const sameRole = JSON.stringify(roleOf(shift.role)) === JSON.stringify(roleOf(command.role));
  return (
    shift.activityId === command.activityId &&
    sameRole &&
    Date.parse(shift.startsAt) === Date.parse(command.startsAt) &&
    Date.parse(shift.endsAt) === Date.parse(command.endsAt) &&
    shift.capacity === command.capacity &&
    shift.waitlist === command.waitlist
  );
}
