import type { AttendanceRecord } from './attendance-records';

/** A check-in and the check-out that closes it. */
export interface AttendancePair {
  volunteerId: string;
  checkIn: AttendanceRecord;
  checkOut: AttendanceRecord;
  minutes: number;
}

export interface Pairing {
  pairs: AttendancePair[];
  /** Check-ins never closed and check-outs with nothing open: kept, counted for nothing (yet). */
  unpaired: AttendanceRecord[];
}

const MINUTE_MS = 60_000;

/** A total order on records, so pairing never depends on the order records arrived in. */
function byTime(a: AttendanceRecord, b: AttendanceRecord): number {
  const time = Date.parse(a.at) - Date.parse(b.at);
  if (time !== 0) return time;
  if (a.kind !== b.kind) return a.kind === 'check-in' ? -1 : 1;
  return a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0;
}

/** Records once each (by client id), grouped per volunteer, in time order. */
function timelines(records: readonly AttendanceRecord[]): Map<string, AttendanceRecord[]> {
  const unique = new Map(records.map((record) => [record.recordId, record]));
  const byVolunteer = new Map<string, AttendanceRecord[]>();
  for (const record of [...unique.values()].sort(byTime)) {
    byVolunteer.set(record.volunteerId, [...(byVolunteer.get(record.volunteerId) ?? []), record]);
  }
  return byVolunteer;
}

/**
 * Pairs each check-in with the next check-out of the same volunteer. A check-in followed by
 * another check-in stays unpaired (a forgotten check-out); a check-out with no open check-in
 * stays unpaired until its check-in arrives, whichever batch brings it.
 */
export function pairAttendance(records: readonly AttendanceRecord[]): Pairing {
  const pairs: AttendancePair[] = [];
  const unpaired: AttendanceRecord[] = [];
  for (const [volunteerId, timeline] of timelines(records)) {
    let open: AttendanceRecord | undefined;
    for (const record of timeline) {
      if (record.kind === 'check-in') {
        if (open) unpaired.push(open);
        open = record;
      } else if (open) {
        pairs.push({ volunteerId, checkIn: open, checkOut: record, minutes: Math.round((Date.parse(record.at) - Date.parse(open.at)) / MINUTE_MS) });
        open = undefined;
      } else {
        unpaired.push(record);
      }
    }
    if (open) unpaired.push(open);
  }
  return { pairs, unpaired };
}

/** Hours from paired records (to the minute), whatever order and however often the records came. */
export function hoursOf(records: readonly AttendanceRecord[]): number {
  const minutes = pairAttendance(records).pairs.reduce((total, pair) => total + pair.minutes, 0);
  return minutes / 60;
}

/** Hours per volunteer. */
export function hoursByVolunteer(records: readonly AttendanceRecord[]): Record<string, number> {
  const hours: Record<string, number> = {};
  for (const pair of pairAttendance(records).pairs) hours[pair.volunteerId] = (hours[pair.volunteerId] ?? 0) + pair.minutes / 60;
  return hours;
}
