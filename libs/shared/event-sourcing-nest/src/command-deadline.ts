import type { CommandEnvelope } from '@tn/shared-event-contracts';

/**
 * How late past its deadline a command is still executed: the sender's and the service's
 * clocks may disagree by a little (NTP keeps them within far less than this).
 */
export const DEADLINE_CLOCK_SKEW_TOLERANCE_MS = 2_000;

/** The deadline of a command sent now and waited for `timeoutMs`: past it the sender has given up. */
export const deadlineAfter = (timeoutMs: number, now: Date = new Date()): string => new Date(now.getTime() + timeoutMs).toISOString();

export type DeadlineCheck = 'none' | 'in-time' | 'expired' | 'invalid';

/**
 * Whether a command arrived in time. A command without a deadline (older senders) is executed;
 * one past it is not: its sender has stopped waiting, and executing it late would only delay
 * the commands behind it (after a restart, a backlog of abandoned commands).
 */
export function deadlineCheckOf(envelope: Pick<CommandEnvelope, 'deadline'>, now: Date, toleranceMs = DEADLINE_CLOCK_SKEW_TOLERANCE_MS): DeadlineCheck {
  if (envelope.deadline === undefined) return 'none';
  const deadline = typeof envelope.deadline === 'string' ? Date.parse(envelope.deadline) : Number.NaN;
  if (Number.isNaN(deadline)) return 'invalid';
  return now.getTime() > deadline + toleranceMs ? 'expired' : 'in-time';
}

/** The reply to a command or request dropped past its deadline: nothing was done, so resending is safe. */
export const DEADLINE_EXCEEDED = {
  kind: 'concurrency',
  code: 'COMMAND.DEADLINE_EXCEEDED',
  message: 'the command arrived after its sender stopped waiting; it was not executed and may be sent again with the same id',
} as const;
