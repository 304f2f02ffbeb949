/**
 * Where an agreement stands on a date, the same for the decider, the routes (a match offered
 * under an agreement), the gateway and reporting. Its validity is [validFrom, validTo], both days
 * included; a termination takes effect on its day `on` (no longer in force from then), which lies
 * within the validity, and counts only from that day: before it, the agreement is as it was.
 */

export const AGREEMENT_STATUSES = ['not-yet-in-force', 'in-force', 'expired', 'terminated'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** What the arithmetic reads of an agreement: its validity and its termination, if any. */
export interface AgreementValidity {
  validFrom: string;
  validTo: string;
  termination?: { on: string };
}

/** The agreement's status on `date` (YYYY-MM-DD). */
export function agreementStatusOn(agreement: AgreementValidity, date: string): AgreementStatus {
  if (agreement.termination && agreement.termination.on <= date) return 'terminated';
  if (date < agreement.validFrom) return 'not-yet-in-force';
  if (date > agreement.validTo) return 'expired';
  return 'in-force';
}

/** Whether the agreement is in force on every day of [from, to] (an empty period, from after to, is covered by none). */
export function agreementCoversDates(agreement: AgreementValidity, from: string, to: string): boolean {
  if (from > to) return false;
  if (from < agreement.validFrom || to > agreement.validTo) return false;
  return !agreement.termination || to < agreement.termination.on;
}
