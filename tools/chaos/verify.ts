/**
 * After a round: which keys' effects are visible, and how often. An acknowledged key (ok, first
 * time or after retries) must be visible exactly once; a refused key not at all. Read models
 * are eventually consistent, so a missing effect is looked for again until `settleMs` passes.
 */
import { finalOf, firstOf, type KeyRecord } from '../load';
import type { Kind, Round, Workload } from './workload';

export interface RoundCheck {
  sent: number;
  /** By the first attempt. */
  ok: number;
  unknown: number;
  refused: number;
  /** Unknown at first, ok after retries with the same key. */
  retriedToOk: number;
  /** Still unknown after the retries gave up (not judged). */
  unsettled: number;
  /** Acknowledged but not visible. */
  lost: number;
  /** Visible more than once. */
  doubled: number;
  /** Refused, yet visible. */
  phantom: number;
  /** First-attempt error codes, e.g. { 'COMMAND.OUTCOME_UNKNOWN': 3 }. */
  codes: Record<string, number>;
}

export async function checkRound(workload: Workload, round: Round, records: KeyRecord[], settleMs = 60_000): Promise<RoundCheck> {
  const deadline = Date.now() + settleMs;
  for (;;) {
    const counts = await workload.count(round);
    const check = judge(records, counts);
    if ((check.lost === 0 && check.phantom === 0) || Date.now() > deadline) return check;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
}

export function judge(records: KeyRecord[], counts: Record<Kind, Map<number, number>>): RoundCheck {
  const check: RoundCheck = { sent: records.length, ok: 0, unknown: 0, refused: 0, retriedToOk: 0, unsettled: 0, lost: 0, doubled: 0, phantom: 0, codes: {} };
  for (const record of records) {
    const first = firstOf(record).outcome;
    const last = finalOf(record);
    check[first.kind]++;
    if (first.code) check.codes[first.code] = (check.codes[first.code] ?? 0) + 1;
    if (first.kind === 'unknown' && last.kind === 'ok') check.retriedToOk++;
    const seen = counts[record.spec.kind as Kind].get(record.seq) ?? 0;
    if (seen > 1) check.doubled++;
    if (last.kind === 'unknown') check.unsettled++;
    else if (last.kind === 'ok' && seen === 0) check.lost++;
    else if (last.kind === 'refused' && seen > 0) check.phantom++;
  }
  return check;
}
