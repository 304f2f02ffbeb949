import type { Dayjs } from 'dayjs';

/** An ISO date-time as Vietnam's local time, YYYY-MM-DD HH:mm (what the cadre lives by, whatever the browser's zone). */
export function vietnamTime(iso: string): string {
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) return iso;
  return new Date(time + 7 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** A picked date and time, read as Vietnam's local time (the fields the cadre typed), with its offset. */
export function vietnamIso(value: Dayjs): string {
  return `${value.format('YYYY-MM-DDTHH:mm')}:00+07:00`;
}

/** Whole VND with Vietnamese digit grouping. */
export function vnd(value: number): string {
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }).format(value);
}
