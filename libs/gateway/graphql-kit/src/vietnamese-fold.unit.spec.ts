import { ApiError } from './api-error';
import { foldVietnamese, searchPattern, searchTokenOf, searchTokensOf } from './vietnamese-fold';

describe('foldVietnamese', () => {
  it('removes tones and vowel marks, turns đ into d, and lowercases', () => {
    expect(foldVietnamese('Tỉnh đoàn Lào Cai')).toBe('tinh doan lao cai');
    expect(foldVietnamese('Đắk Lắk')).toBe('dak lak');
    expect(foldVietnamese('Thừa Thiên Huế')).toBe('thua thien hue');
    expect(foldVietnamese('Bà Rịa – Vũng Tàu')).toBe('ba ria – vung tau');
  });

  it('folds precomposed and decomposed input alike', () => {
    expect(foldVietnamese('Nguyễn'.normalize('NFD'))).toBe(foldVietnamese('Nguyễn'.normalize('NFC')));
  });

  it('collapses and trims whitespace, tabs and newlines included', () => {
    expect(foldVietnamese('  Hội   LHTN\tViệt\nNam  ')).toBe('hoi lhtn viet nam');
  });
});

describe('searchPattern', () => {
  const matches = (query: string, stored: string) => new RegExp(searchPattern(query)).test(foldVietnamese(stored));

  it('finds a name typed without accents', () => {
    expect(matches('lao cai', 'Tỉnh đoàn Lào Cai')).toBe(true);
    expect(matches('DAK lak', 'Tỉnh Đắk Lắk')).toBe(true);
  });

  it('finds a name typed with accents, as a substring', () => {
    expect(matches('Lào', 'Tỉnh đoàn Lào Cai')).toBe(true);
    expect(matches('Hà Nội', 'Tỉnh đoàn Lào Cai')).toBe(false);
  });

  it('escapes regex metacharacters so they match literally', () => {
    expect(searchPattern('a.b*(c)')).toBe('a\\.b\\*\\(c\\)');
    expect(matches('x.y', 'xzy')).toBe(false);
    expect(matches('(c)', 'chi đoàn (c)')).toBe(true);
    expect(() => new RegExp(searchPattern('[unclosed'))).not.toThrow();
  });

  it('refuses a query shorter than 2 characters after folding', () => {
    expect(() => searchPattern('  Đ  ')).toThrow(ApiError);
    try {
      searchPattern('a', 'en');
    } catch (error) {
      expect(error).toMatchObject({ code: 'SEARCH_QUERY_INVALID', field: 'query' });
      expect((error as ApiError).message).toContain('2 to 100');
    }
    expect.assertions(3);
  });

  it('refuses a query longer than 100 characters and accepts exactly 100', () => {
    expect(() => searchPattern('a'.repeat(101))).toThrow(expect.objectContaining({ code: 'SEARCH_QUERY_INVALID' }));
    expect(searchPattern('ă'.repeat(100))).toBe('a'.repeat(100));
  });
});

describe('search tokens', () => {
  const names = [
    'Tỉnh đoàn Lào Cai',
    'Đoàn xã Tả Van | Ta Van Commune Youth Union | 08123',
    'Chi đoàn (c) Sa Pa',
    'Đoàn phường Cam Đường',
    'Hội Liên hiệp Thanh niên Quốc tế Internationalisation',
    'Đoàn xã Bản Xèo – Mường Hum',
  ].map(foldVietnamese);
  const queries = [
    'lao cai',
    'ao ca',
    'Lào',
    'van co',
    'a v',
    'ta van | ta',
    'doan xa ta van',
    'xã tả v',
    '(c) sa',
    'uon',
    'internationalisa',
    'nationalisation',
    'quoc te internationalisation',
    'iep thanh nien quo',
    '08',
    'xeo – mu',
    'ha noi',
    'doan',
  ];
  /** The texts holding the query's token (what the index gives), then the pattern over them. */
  const byTokenThenPattern = (query: string) => {
    const pattern = searchPattern(query);
    return names.filter((text) => searchTokensOf(text).includes(searchTokenOf(pattern)) && new RegExp(pattern).test(text));
  };
  const byPattern = (query: string) => names.filter((text) => new RegExp(searchPattern(query)).test(text));

  it.each(queries)('finds for %p exactly what the pattern alone finds, mid-word and across words included', (query) => {
    expect(byTokenThenPattern(query)).toEqual(byPattern(query));
  });

  it('finds something for all those queries but one (the comparison is not between empty lists)', () => {
    expect(queries.filter((query) => byPattern(query).length === 0)).toEqual(['ha noi']);
  });

  it('looks a query up by its last two neighbouring words whose ends make 4 characters or more: the rarer in a name', () => {
    expect(searchTokenOf(searchPattern('Đoàn xã Tả Van'))).toBe('ta van');
    expect(searchTokenOf(searchPattern('Tỉnh đoàn Lào Cai'))).toBe('lao cai');
    expect(searchTokenOf(searchPattern('phuong cam duong'))).toBe('cam duo');
    expect(searchTokenOf(searchPattern('quốc tế internationalisation'))).toBe('te int');
    // A word being typed: its first character still narrows.
    expect(searchTokenOf(searchPattern('Đoàn xã Lào C'))).toBe('lao c');
    // Too short: the pair before tells more.
    expect(searchTokenOf(searchPattern('Đoàn xã Tả V'))).toBe('xa ta');
    // Regex escapes are undone: the token is what the name holds.
    expect(searchTokenOf(searchPattern('chi (c) sa'))).toBe('(c) sa');
  });

  it('looks a one-word query up by its first 5 characters, one of short words by its longest pair', () => {
    expect(searchTokenOf(searchPattern('internationalisation'))).toBe('inter');
    expect(searchTokenOf(searchPattern('Lào'))).toBe('lao');
    expect(searchTokenOf(searchPattern('ab c d'))).toBe('ab c');
    expect(searchTokenOf(searchPattern('a b c'))).toBe('b c');
  });

  it('indexes pieces of 2 to 5 characters of each word and ends of 1 to 3 characters of two neighbouring words, nothing else', () => {
    const tokens = searchTokensOf('ta van | internationalisation');
    expect(tokens).toEqual(
      expect.arrayContaining(['ta', 'van', 'va', 'an', 'inter', 'ation', 'ta va', 'ta van', 'a v', 'an |', 'n |', '| i', '| int', 'nali']),
    );
    expect(tokens).not.toContain('t');
    expect(tokens).not.toContain('|');
    expect(tokens).not.toContain('intern');
    expect(tokens).not.toContain('| inte');
    expect(tokens).not.toContain('ta van |');
    expect(new Set(tokens).size).toBe(tokens.length);
  });
});
