import { foldVietnamese, matchesQuery } from './fold';

describe('diacritic-insensitive search', () => {
  it('folds tones, vowel marks and đ', () => {
    expect(foldVietnamese('Đoàn Thanh niên xã Tả Van')).toBe('doan thanh nien xa ta van');
    expect(foldVietnamese('Ý TÝ')).toBe('y ty');
  });

  it('matches every word of the query, in any order and any accents', () => {
    expect(matchesQuery('Xã Y Tý', 'ty y')).toBe(true);
    expect(matchesQuery('Xã Tả Van', 'TA VAN')).toBe(true);
    expect(matchesQuery('Xã Tả Van', 'tả phìn')).toBe(false);
    expect(matchesQuery('anything', '   ')).toBe(true);
  });
});
