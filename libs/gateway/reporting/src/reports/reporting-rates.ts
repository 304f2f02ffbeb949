import type { ReportStatus } from '@tn/reporting-contracts';
import { vietnamDateOf } from '@tn/shared-unit-hierarchy';
import type { ReportDoc } from './report.read-model';

/** One unit's report in the rates: where it stands, and whether it came in time. */
export interface ReportingRateRow {
  unitId: string;
  status: ReportStatus;
  dueOn: string;
  /** Day (Vietnam) of the first submission. */
  firstSubmittedOn: string | null;
  onTime: boolean | null;
  /** Day (Vietnam) of the latest approval. */
  approvedOn: string | null;
  /** Not submitted and past its due day. */
  overdue: boolean;
}

/** DHIS2-like totals: expected reports are the units' minus the excused ones. */
export interface ReportingRateTotals {
  units: number;
  expected: number;
  /** Submitted at least once. */
  received: number;
  onTime: number;
  approved: number;
  excused: number;
  /** received / expected, in %; null when none is expected. */
  reportingRate: number | null;
  /** received on time / expected, in %. */
  timelinessRate: number | null;
}

/** A unit's row from its report (absent: none written), its due day being the template's for it. */
export function rateRowOf(unitId: string, doc: ReportDoc | undefined, dueOn: string, today: string): ReportingRateRow {
  const firstSubmittedOn = doc?.firstSubmittedAt ? vietnamDateOf(doc.firstSubmittedAt) : null;
  const status = doc?.status ?? 'none';
  return {
    unitId,
    status,
    dueOn: doc?.dueOn ?? dueOn,
    firstSubmittedOn,
    onTime: doc?.onTime ?? null,
    approvedOn: doc?.approved ? vietnamDateOf(doc.approved.approvedAt) : null,
    overdue: firstSubmittedOn === null && status !== 'excused' && today > (doc?.dueOn ?? dueOn),
  };
}

const percent = (part: number, whole: number): number | null => (whole === 0 ? null : (part / whole) * 100);

/** The totals of the rows: an excused unit is neither expected nor received. */
export function rateTotalsOf(rows: readonly ReportingRateRow[]): ReportingRateTotals {
  const counted = rows.filter((row) => row.status !== 'excused');
  const received = counted.filter((row) => row.firstSubmittedOn !== null).length;
  const onTime = counted.filter((row) => row.onTime === true).length;
  const expected = counted.length;
  return {
    units: rows.length,
    expected,
    received,
    onTime,
    approved: rows.filter((row) => row.status === 'approved').length,
    excused: rows.length - counted.length,
    reportingRate: percent(received, expected),
    timelinessRate: percent(onTime, expected),
  };
}
