/** The chaos suite's output: one line per round, a table per target, and the pass/fail verdict. */
import { percentile } from '../load';
import type { RoundCheck } from './verify';

export interface RoundResult {
  target: string;
  round: number;
  check: RoundCheck;
  /** Kill → the new process started (services: the supervisor's back-off; servers: the pause and up.sh). */
  restartMs?: number;
  /** Restart → the first successful mutation through the gateway reaching the target (or its /health/ready). */
  recoveryMs?: number;
  /** Restart → the gateway's platformStatus ready again. */
  readyMs?: number;
  notes: string[];
}

const s = (ms: number | undefined) => (ms === undefined ? '—' : (ms / 1000).toFixed(1));

export function roundLine(result: RoundResult): string {
  const { check } = result;
  const codes = Object.entries(check.codes)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  return [
    `${result.target} r${result.round}: sent ${check.sent}, ok ${check.ok}, unknown ${check.unknown} (ok after retry ${check.retriedToOk}${check.unsettled ? `, unsettled ${check.unsettled}` : ''}), refused ${check.refused}`,
    `lost ${check.lost}, doubled ${check.doubled}${check.phantom ? `, refused yet visible ${check.phantom}` : ''}`,
    `restart ${s(result.restartMs)} s after the kill, recovery ${s(result.recoveryMs)} s, platform ready ${s(result.readyMs)} s`,
    ...(codes ? [`codes: ${codes}`] : []),
    ...result.notes,
  ].join(' | ');
}

export function summaryTable(results: RoundResult[], recoveryLimitMs: number): string {
  const header = [
    'target',
    'rounds',
    'sent',
    'ok',
    'unknown',
    'lost',
    'doubled',
    'recovery max s',
    'recovery median s',
    'ready max s',
    'restart after kill s',
    'verdict',
  ];
  const rows = [...new Set(results.map((result) => result.target))].map((target) => {
    const rounds = results.filter((result) => result.target === target);
    const sum = (pick: (check: RoundCheck) => number) => rounds.reduce((total, result) => total + pick(result.check), 0);
    const recoveries = rounds.map((result) => result.recoveryMs ?? Infinity);
    const ready = rounds.map((result) => result.readyMs ?? Infinity);
    const restarts = rounds.map((result) => result.restartMs ?? Infinity);
    const failed = verdict(rounds, recoveryLimitMs).length > 0;
    return [
      target,
      String(rounds.length),
      String(sum((c) => c.sent)),
      String(sum((c) => c.ok)),
      String(sum((c) => c.unknown)),
      String(sum((c) => c.lost)),
      String(sum((c) => c.doubled)),
      s(finite(Math.max(...recoveries))),
      s(finite(percentile(recoveries, 50))),
      s(finite(Math.max(...ready))),
      restarts.map((ms) => s(finite(ms))).join(' / '),
      failed ? 'FAIL' : 'pass',
    ];
  });
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

const finite = (ms: number) => (Number.isFinite(ms) ? ms : undefined);

/** Why the rounds fail the suite (empty: they pass). */
export function verdict(results: RoundResult[], recoveryLimitMs: number): string[] {
  const failures: string[] = [];
  for (const result of results) {
    const name = `${result.target} r${result.round}`;
    if (result.check.lost > 0) failures.push(`${name}: ${result.check.lost} acknowledged writes lost`);
    if (result.check.doubled > 0) failures.push(`${name}: ${result.check.doubled} writes doubled`);
    if (result.check.phantom > 0) failures.push(`${name}: ${result.check.phantom} refused writes visible`);
    if (result.check.unsettled > 0) failures.push(`${name}: ${result.check.unsettled} writes still unknown after retries`);
    // A fault must be answered with a retryable code; INTERNAL means something was not handled.
    const internal = result.check.codes['INTERNAL'] ?? 0;
    if (internal > 0) failures.push(`${name}: ${internal} answers INTERNAL instead of a retryable code`);
    if (result.recoveryMs === undefined || result.recoveryMs >= recoveryLimitMs)
      failures.push(`${name}: recovery ${s(result.recoveryMs)} s (limit ${recoveryLimitMs / 1000} s)`);
  }
  return failures;
}
