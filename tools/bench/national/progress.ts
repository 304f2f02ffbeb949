import { progressBar } from '@tn/shared-event-bus';

/**
 * A progress line on stderr: the bar, done/total, the rate so far and the time left at that rate.
 * Redrawn in place on a terminal; in a log, one line every `everyMs`.
 */
export function progressLine(label: string, total: number, everyMs = 5_000) {
  const started = performance.now();
  const tty = process.stderr.isTTY === true;
  let shownAt = 0;
  let done = 0;
  let shownDone = -1;
  const line = () => {
    const seconds = (performance.now() - started) / 1000;
    const perSecond = seconds > 0 ? done / seconds : 0;
    const eta = perSecond > 0 ? Math.round((total - done) / perSecond) : NaN;
    const left = Number.isFinite(eta) ? `${Math.floor(eta / 60)}m${String(eta % 60).padStart(2, '0')}s` : '?';
    return `${label} ${progressBar(done, total)} ${Math.round(perSecond).toLocaleString('en')}/s, ${Math.round(seconds)}s, ETA ${left}`;
  };
  return {
    advance(count: number): void {
      done += count;
      const now = performance.now();
      if (now - shownAt < (tty ? 200 : everyMs) && done < total) return;
      shownAt = now;
      shownDone = done;
      process.stderr.write(tty ? `\r${line()}` : `${line()}\n`);
    },
    finish(): { done: number; ms: number } {
      if (shownDone !== done) process.stderr.write(tty ? `\r${line()}` : `${line()}\n`);
      if (tty) process.stderr.write('\n');
      return { done, ms: performance.now() - started };
    },
  };
}
