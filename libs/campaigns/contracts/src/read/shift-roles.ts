import type { ScheduleShift, ShiftRolePart } from '../shifts/shift.messages';

/**
 * What a role asks of its volunteers, as decided: the message part with its skills a list and its
 * approval a flag. A restricted role (`requiresApproval`) puts each sign-up in pending approval
 * until a cadre approves it. `waitlist: false` makes a full shift refuse sign-ups.
 */
export type ShiftRole = ShiftRolePart & { requiredSkills: string[]; requiresApproval: boolean };

/** A shift as scheduled: what ScheduleShift says, its role as decided (the domain, the planner and the read model share it). */
export type ShiftPlan = Omit<ScheduleShift, 'role'> & { role: ShiftRole };
