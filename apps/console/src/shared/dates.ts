/** Today in Vietnam (UTC+7), as YYYY-MM-DD: the business date the API uses when none is given. */
export function vietnamToday(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
