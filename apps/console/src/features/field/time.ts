/** Times of shifts are shown in Vietnam's time, whatever the device's zone. */
const ZONE = 'Asia/Ho_Chi_Minh';

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'vi-VN');

export function formatTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { timeZone: ZONE, hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), {
    timeZone: ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** A Vietnam business date (YYYY-MM-DD) shown as the language writes it. */
export function formatDate(date: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** Whether a shift overlaps a Vietnam day (YYYY-MM-DD). */
export function overlapsDay(shift: { startsAt: string; endsAt: string }, date: string): boolean {
  const start = Date.parse(`${date}T00:00:00+07:00`);
  return Date.parse(shift.startsAt) < start + 24 * 3600_000 && Date.parse(shift.endsAt) > start;
}

/** mm:ss left until an instant (never negative). */
export function timeLeft(untilIso: string, now: number): string {
  const seconds = Math.max(0, Math.floor((Date.parse(untilIso) - now) / 1000));
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

export const formatHours = (hours: number, language: string) => new Intl.NumberFormat(locale(language), { maximumFractionDigits: 2 }).format(hours);
