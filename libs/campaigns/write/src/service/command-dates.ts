import type { CommandEnvelope } from '@tn/shared-event-contracts';
import { vietnamDateOf } from '@tn/shared-unit-hierarchy';

/**
 * The payload fields that say when a campaigns command takes effect (the day the act happened:
 * launched, proposed, signed up, recorded, issued...). Planned dates (`startsOn`, `endsAt`) are
 * not among them: a plan is made today, whatever day it is for.
 */
const EFFECTIVE_DATE_FIELDS = [
  'launchedOn',
  'openedOn',
  'publishedOn',
  'adoptedOn',
  'proposedOn',
  'plannedOn',
  'preparedOn',
  'startedAt',
  'completedAt',
  'evaluatedOn',
  'cancelledOn',
  'cancelledAt',
  'signedUpAt',
  'approvedAt',
  'rejectedAt',
  'changedAt',
  'recordedOn',
  'addedOn',
  'issuedOn',
  'revokedOn',
] as const;

const ISO_DATE_START = /^\d{4}-\d{2}-\d{2}/;

/** The Vietnam date a command takes effect on, when its payload states one (a time counts by its day in Vietnam). */
export function effectiveDateOf(envelope: CommandEnvelope): string | undefined {
  const payload = envelope.payload ?? {};
  for (const field of EFFECTIVE_DATE_FIELDS) {
    const value = payload[field];
    // A malformed date is left to the route, which names the field.
    if (typeof value === 'string' && ISO_DATE_START.test(value)) return vietnamDateOf(value);
  }
  return undefined;
}
