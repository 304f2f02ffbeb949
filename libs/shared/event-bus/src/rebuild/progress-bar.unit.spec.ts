import { ProgressReporter, renderProgressBar } from './progress-bar';

describe('rebuild progress', () => {
  it('draws a bar with the percentage and the counts', () => {
    expect(renderProgressBar('rebuild totals', 300, 1000)).toBe('rebuild totals [######--------------] 30% (300/1000 events)');
    expect(renderProgressBar('rebuild totals', 1000, 1000)).toBe('rebuild totals [####################] 100% (1000/1000 events)');
  });

  it('shows an empty replay as done', () => {
    expect(renderProgressBar('r', 0, 0)).toBe('r [####################] 100% (0/0 events)');
  });

  it('never shows 100% before the end', () => {
    expect(renderProgressBar('r', 999, 1000)).toContain(' 99% ');
  });

  it('redraws only when the whole percentage changes', () => {
    const written: string[] = [];
    const reporter = new ProgressReporter({ write: (text) => written.push(text) }, 'r');
    for (let done = 0; done <= 300; done++) reporter.update(done, 300);
    expect(written).toHaveLength(101);
    expect(written[0]).toBe('\rr [--------------------] 0% (0/300 events)');
    expect(written.at(-1)).toBe('\rr [####################] 100% (300/300 events)');
  });
});
