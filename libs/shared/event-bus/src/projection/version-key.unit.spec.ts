import { streamIdOfVersionKey, versionKeyOf } from './version-key';

describe('version keys (stream ids as MongoDB field names)', () => {
  it('leaves ordinary stream ids alone', () => {
    expect(versionKeyOf('volunteer-8f2c')).toBe('volunteer-8f2c');
  });

  it('encodes dots and dollars, which MongoDB refuses in field names', () => {
    expect(versionKeyOf('$unit.lao-cai.bat-xat')).toBe('%24unit%2Elao-cai%2Ebat-xat');
  });

  it('never maps two stream ids to the same key', () => {
    const ids = ['a.b', 'a%2Eb', 'a%b', '$x', '%24x'];
    expect(new Set(ids.map(versionKeyOf)).size).toBe(ids.length);
  });

  it('decodes back to the stream id', () => {
    for (const id of ['a.b', 'a%2Eb', '$x.y%z', 'plain']) expect(streamIdOfVersionKey(versionKeyOf(id))).toBe(id);
  });
});
