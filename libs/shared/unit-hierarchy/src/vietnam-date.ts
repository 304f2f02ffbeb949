/** Vietnam keeps UTC+7 all year (Asia/Ho_Chi_Minh has no daylight saving time). */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * The calendar date (YYYY-MM-DD) in Vietnam at the given instant. "Today" for a command is the
 * day in Vietnam, not in UTC: 2025-06-30T18:30:00Z is already 1 July in Hà Nội. An unreadable
 * value falls back to its first ten characters (a date given without a time stays that date).
 */
export function vietnamDateOf(isoDateTime: string): string {
  const instant = Date.parse(isoDateTime);
  if (Number.isNaN(instant)) return String(isoDateTime).slice(0, 10);
  return new Date(instant + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}
