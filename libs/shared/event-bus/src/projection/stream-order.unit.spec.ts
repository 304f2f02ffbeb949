import { streamOrderOf } from './stream-order';

describe('stream order of an event against the last version a read model took', () => {
  it('takes the first version of a stream never seen', () => {
    expect(streamOrderOf(1, 0)).toBe('next');
  });

  it('takes exactly the next version', () => {
    expect(streamOrderOf(4, 3)).toBe('next');
  });

  it('skips a duplicate or an older version', () => {
    expect(streamOrderOf(3, 3)).toBe('duplicate');
    expect(streamOrderOf(1, 3)).toBe('duplicate');
  });

  it('holds back an event that arrives before its predecessor', () => {
    expect(streamOrderOf(3, 1)).toBe('gap');
    expect(streamOrderOf(2, 0)).toBe('gap');
  });
});
