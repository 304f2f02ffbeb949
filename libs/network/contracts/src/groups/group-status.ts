import { GROUP_ACTIVITY_WINDOW_MONTHS, type GroupDeclaredStatus, type GroupStatus } from './group-vocabulary';

/**
 * A group's status and host as of a date, and the overlap of booked dates: pure rules shared by
 * the decider, the gateway and reporting, so each reads a group the same way. Dates are
 * `YYYY-MM-DD` (they compare as strings).
 */

/** One affiliation: `unitId` hosted the group from `from` to `to` (both included; open while `to` is absent). */
export interface GroupAffiliationPeriod {
  unitId: string;
  from: string;
  to?: string;
}

/**
 * The unit hosting the group on `date`, or undefined (not yet verified then, or no longer
 * affiliated). An affiliation ended the day before it began (a move dated its first day) never
 * hosts; the latest affiliation covering the date wins.
 */
export function hostUnitOn(affiliations: readonly GroupAffiliationPeriod[], date: string): string | undefined {
  let host: string | undefined;
  for (const affiliation of affiliations) {
    if (affiliation.from <= date && (affiliation.to === undefined || date <= affiliation.to)) host = affiliation.unitId;
  }
  return host;
}

/** Booked days, both ends included. */
export interface BookedPeriod {
  from: string;
  to: string;
}

/** Whether two bookings share at least one day (one ending the day the other starts overlaps). */
export const bookingsOverlap = (a: BookedPeriod, b: BookedPeriod): boolean => a.from <= b.to && b.from <= a.to;

/** What a group's status is read from: its registration and verification, activities and declarations, each dated. */
export interface GroupStatusInputs {
  registeredOn: string;
  verifiedOn?: string;
  declinedOn?: string;
  /** The days of the activities it took part in (any order). */
  activityDates: readonly string[];
  /** Its host's declarations in the order they were made. */
  declarations: readonly { status: GroupDeclaredStatus; on: string }[];
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** The same day `months` earlier; a day the earlier month lacks becomes its last day (2024-02-29 less 12 months is 2023-02-28). */
export function monthsBefore(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) - months;
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${pad(y, 4)}-${pad(m)}-${pad(Math.min(day, lastDay))}`;
}

const latest = (dates: readonly (string | undefined)[]): string | undefined =>
  dates.reduce<string | undefined>((best, date) => (date !== undefined && (best === undefined || date > best) ? date : best), undefined);

/**
 * The group's status on `date`:
 * - `dissolved` once a dissolution declared on or before the date;
 * - before its verification: `declined` once declined, else `pending-verification`;
 * - `dormant` when its host's last declaration by then says dormant and no sign of life came
 *   after it, or when it shows no sign of life in the twelve months up to the date (the same
 *   day a year earlier still counts);
 * - `active` otherwise. Signs of life: its registration, its verification, an activity it took
 *   part in, a declaration that it is active.
 */
export function groupStatusOn(group: GroupStatusInputs, date: string): GroupStatus {
  const declared = group.declarations.filter((declaration) => declaration.on <= date);
  if (declared.some((declaration) => declaration.status === 'dissolved')) return 'dissolved';
  if (group.verifiedOn === undefined || group.verifiedOn > date) {
    return group.declinedOn !== undefined && group.declinedOn <= date ? 'declined' : 'pending-verification';
  }
  const lastDeclaration = declared.at(-1);
  const lastActivity = latest([group.registeredOn, group.verifiedOn, ...group.activityDates.filter((day) => day <= date)]);
  if (lastDeclaration?.status === 'dormant' && (lastActivity === undefined || lastDeclaration.on >= lastActivity)) return 'dormant';
  const lastSign = latest([lastActivity, lastDeclaration?.status === 'active' ? lastDeclaration.on : undefined]);
  return lastSign !== undefined && lastSign >= monthsBefore(date, GROUP_ACTIVITY_WINDOW_MONTHS) ? 'active' : 'dormant';
}
