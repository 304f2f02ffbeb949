import { hasReached, replayProgress, type Watermarks } from './watermarks';

describe('replay progress against watermarks captured at the start', () => {
  const watermarks: Watermarks = new Map([
    ['events:0', { low: 0, high: 100 }],
    ['events:1', { low: 20, high: 50 }],
    ['events:2', { low: 7, high: 7 }], // empty
  ]);

  it('counts nothing before the first message', () => {
    expect(replayProgress(watermarks, new Map())).toEqual({ done: 0, total: 130 });
    expect(hasReached(watermarks, new Map())).toBe(false);
  });

  it('counts messages read per partition, from each low watermark', () => {
    const read = new Map([
      ['events:0', 40],
      ['events:1', 35],
    ]);
    expect(replayProgress(watermarks, read)).toEqual({ done: 55, total: 130 });
  });

  it('ignores messages past the watermarks (they arrived after the start)', () => {
    const read = new Map([
      ['events:0', 180],
      ['events:1', 50],
    ]);
    expect(replayProgress(watermarks, read)).toEqual({ done: 130, total: 130 });
    expect(hasReached(watermarks, read)).toBe(true);
  });

  it('is reached at once when there is nothing to read', () => {
    expect(hasReached(new Map([['events:0', { low: 3, high: 3 }]]), new Map())).toBe(true);
    expect(replayProgress(new Map(), new Map())).toEqual({ done: 0, total: 0 });
  });
});
