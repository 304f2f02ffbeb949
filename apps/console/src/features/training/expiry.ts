/** Whole days from one YYYY-MM-DD to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** How a holder's standing reads as of the view's date: expired, expiring within the window (with the days left), or neither. */
export function expiryOf(
  holder: { status: string; validUntil: string },
  asOf: string | null | undefined,
  withinDays: number,
): { kind: 'expired' } | { kind: 'expiring'; daysLeft: number } | { kind: 'none' } {
  if (holder.status === 'expired-renewable' || holder.status === 'lapsed') return { kind: 'expired' };
  if (holder.status !== 'valid' || !asOf) return { kind: 'none' };
  const daysLeft = daysBetween(asOf, holder.validUntil);
  return daysLeft >= 0 && daysLeft <= withinDays ? { kind: 'expiring', daysLeft } : { kind: 'none' };
}
