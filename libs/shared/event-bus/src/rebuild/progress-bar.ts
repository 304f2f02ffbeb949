/** Where progress goes: `process.stdout`, a log, or a test's buffer. */
export interface ProgressWriter {
  write(text: string): unknown;
}

/** A one-line bar, e.g. `rebuild totals [######--------------] 30% (300/1000 events)`. */
export function renderProgressBar(label: string, done: number, total: number, width = 20): string {
  const ratio = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.floor(ratio * width);
  return `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.floor(ratio * 100)}% (${done}/${total} events)`;
}

/**
 * Redraws the bar in place (carriage return) whenever the whole percentage changes, so a long
 * replay writes at most about a hundred updates.
 */
export class ProgressReporter {
  private shownPercent = -1;

  constructor(
    private readonly writer: ProgressWriter | undefined,
    private readonly label: string,
  ) {}

  update(done: number, total: number): void {
    const percent = total === 0 ? 100 : Math.floor((Math.min(done, total) / total) * 100);
    if (percent === this.shownPercent) return;
    this.shownPercent = percent;
    this.writer?.write(`\r${renderProgressBar(this.label, done, total)}`);
  }

  line(text: string): void {
    this.writer?.write(`\n${text}`);
  }
}
