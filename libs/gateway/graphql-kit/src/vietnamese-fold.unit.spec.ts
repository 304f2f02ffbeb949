import { ApiError } from './api-error';
import { foldVietnamese, searchPattern } from './vietnamese-fold';

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
