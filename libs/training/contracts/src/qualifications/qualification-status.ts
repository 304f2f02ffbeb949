import { addMonthsToDayKey, addYears, dateOfDayKey, dayKeyOf } from './calendar';

/**
 * A qualification record's status as of a date, the one rule the decider, the gateway and
 * reporting share. A record is valid from `grantedOn` through its expiry (inclusive); then
 * expired but renewable through the renewal window (expiry + `renewalWindowMonths`, inclusive);
 * then lapsed. A revoked record is `revoked` from `revokedOn`; before it, history reads as it was.
 * Blanket extensions move the expiry (see `extensionMoves`).
 */
export const QUALIFICATION_STATUSES = ['valid', 'expired-renewable', 'lapsed', 'revoked', 'not-yet-valid'] as const;
export type QualificationStatus = (typeof QUALIFICATION_STATUSES)[number];

/** What a record's status depends on: a trainee stream's record or a read model's row. */
export interface QualificationRecord {
  recordId: string;
  kindId: string;
  grantedOn: string;
  /** The last valid day as granted, before any blanket extension. */
  validUntil: string;
  /** The kind's renewal window when the record was granted (a later revision does not change it). */
  renewalWindowMonths: number;
  revokedOn?: string;
}

/** A blanket extension of a kind's validity, as its policy event states it. */
export interface ValidityExtension {
  kindId: string;
  extensionId: string;
  expiringFrom: string;
  expiringTo: string;
  extendByMonths: number;
  /** The day the policy was declared. */
  extendedOn: string;
}

const NO_EXTENSIONS: readonly ValidityExtension[] = [];

/**
 * Whether an extension moves a record whose expiry (after the extensions before it) is
 * `expiryKey`: a record of its kind, granted by the day the policy was declared and not revoked
 * by then, whose expiry falls in [expiringFrom, expiringTo]. Superseded records move too: a
 * person's standing is the best of their records, so moving an old one never shortens anything.
 */
export function extensionMoves(record: QualificationRecord, expiryKey: number, extension: ValidityExtension): boolean {
  return (
    extension.kindId === record.kindId &&
    record.grantedOn <= extension.extendedOn &&
    !(record.revokedOn !== undefined && record.revokedOn <= extension.extendedOn) &&
    expiryKey >= dayKeyOf(extension.expiringFrom) &&
    expiryKey <= dayKeyOf(extension.expiringTo)
  );
}

/** The expiry as a day key after the extensions, applied in the order they were declared. */
export function expiryKeyOf(record: QualificationRecord, extensions: readonly ValidityExtension[] = NO_EXTENSIONS): number {
  let expiry = dayKeyOf(record.validUntil);
  for (const extension of extensions) {
    if (extensionMoves(record, expiry, extension)) expiry = addMonthsToDayKey(expiry, extension.extendByMonths);
  }
  return expiry;
}

/** The last valid day after blanket extensions. */
export const effectiveValidUntil = (record: QualificationRecord, extensions: readonly ValidityExtension[] = NO_EXTENSIONS): string =>
  dateOfDayKey(expiryKeyOf(record, extensions));

/** The last day a renewal still continues the record (after it, a renewing course grants anew). */
export const renewableUntil = (record: QualificationRecord, extensions: readonly ValidityExtension[] = NO_EXTENSIONS): string =>
  dateOfDayKey(addMonthsToDayKey(expiryKeyOf(record, extensions), record.renewalWindowMonths));

export function qualificationStatusOn(
  record: QualificationRecord,
  date: string,
  extensions: readonly ValidityExtension[] = NO_EXTENSIONS,
): QualificationStatus {
  if (date < record.grantedOn) return 'not-yet-valid';
  if (record.revokedOn !== undefined && date >= record.revokedOn) return 'revoked';
  const day = dayKeyOf(date);
  const expiry = expiryKeyOf(record, extensions);
  if (day <= expiry) return 'valid';
  return day <= addMonthsToDayKey(expiry, record.renewalWindowMonths) ? 'expired-renewable' : 'lapsed';
}

/**
 * How much a status counts when one person holds several records of a kind: the best one stands.
 * A revocation withdraws every record held when it is recorded, so any lapsed record is a later
 * grant and outranks it.
 */
const RANK: Readonly<Record<QualificationStatus, number>> = { valid: 5, 'expired-renewable': 4, lapsed: 3, revoked: 2, 'not-yet-valid': 1 };

/** A person's status for one kind as of a date (their best record), or `none` without a record of it. */
export function holderStatusOn(
  records: readonly QualificationRecord[],
  kindId: string,
  date: string,
  extensions: readonly ValidityExtension[] = NO_EXTENSIONS,
): QualificationStatus | 'none' {
  let best: QualificationStatus | 'none' = 'none';
  for (const record of records) {
    if (record.kindId !== kindId) continue;
    const status = qualificationStatusOn(record, date, extensions);
    if (best === 'none' || RANK[status] > RANK[best]) best = status;
    if (best === 'valid') break;
  }
  return best;
}

/** The record a person's standing in a kind rests on as of a date, with its status and extended expiry. */
export interface Holding<R extends QualificationRecord = QualificationRecord> {
  record: R;
  status: QualificationStatus;
  validUntil: string;
}

/** The best record of a kind as of a date; among equals, the one that runs longest (then the latest granted). */
export function holdingOn<R extends QualificationRecord>(
  records: readonly R[],
  kindId: string,
  date: string,
  extensions: readonly ValidityExtension[] = NO_EXTENSIONS,
): Holding<R> | undefined {
  let best: { record: R; status: QualificationStatus; expiry: number } | undefined;
  for (const record of records) {
    if (record.kindId !== kindId) continue;
    const status = qualificationStatusOn(record, date, extensions);
    const expiry = expiryKeyOf(record, extensions);
    const better =
      !best ||
      RANK[status] > RANK[best.status] ||
      (RANK[status] === RANK[best.status] && (expiry > best.expiry || (expiry === best.expiry && record.grantedOn >= best.record.grantedOn)));
    if (better) best = { record, status, expiry };
  }
  return best && { record: best.record, status: best.status, validUntil: dateOfDayKey(best.expiry) };
}

/** A first grant (or a grant after the renewal window) runs `validityYears` from the day it is granted. */
export const validUntilOfGrant = (grantedOn: string, validityYears: number): string => addYears(grantedOn, validityYears);

/**
 * A renewal of a record that is valid on the renewal day continues from its (extended) expiry,
 * so renewing early loses nothing; one renewed while expired but renewable runs from the renewal
 * day. Only those two statuses renew; otherwise there is nothing to continue.
 */
export function validUntilOfRenewal(holding: Holding, renewedOn: string, validityYears: number): string | undefined {
  if (holding.status === 'valid') return addYears(holding.validUntil, validityYears);
  if (holding.status === 'expired-renewable') return addYears(renewedOn, validityYears);
  return undefined;
}

/** The kinds among `kindIds` the person does not hold valid on `date` (prerequisites a course asks for). */
export const missingKindsOn = (
  records: readonly QualificationRecord[],
  kindIds: readonly string[],
  date: string,
  extensions: readonly ValidityExtension[] = NO_EXTENSIONS,
): string[] => kindIds.filter((kindId) => holderStatusOn(records, kindId, date, extensions) !== 'valid');
