import { topicLag } from './consumer-lag';

describe('consumer lag of a topic', () => {
  const ends = [
    { partition: 0, low: '0', high: '120' },
    { partition: 1, low: '10', high: '40' },
  ];

  it('is the high watermark minus the committed offset, summed over partitions', () => {
    expect(topicLag(ends, [{ partition: 0, offset: '100' }, { partition: 1, offset: '40' }])).toBe(20);
  });

  it('counts a partition nothing was committed for from its low watermark', () => {
    expect(topicLag(ends, [{ partition: 0, offset: '-1' }])).toBe(120 + 30);
  });

  it('is zero when everything is committed', () => {
    expect(topicLag(ends, [{ partition: 0, offset: '120' }, { partition: 1, offset: '40' }])).toBe(0);
  });
});
