import { isHttpsUrl, isSha256Hex, MAX_MATERIAL_URL_LENGTH } from './material-file';

describe('material file references', () => {
  it('takes an absolute https address with a host', () => {
    expect(isHttpsUrl('https://files.example.org/cam-nang/v2.pdf?download=1')).toBe(true);
    expect(isHttpsUrl('https://files.example.org')).toBe(true);
  });

  it.each([
    ['plain http', 'http://files.example.org/a.pdf'],
    ['another scheme', 'ftp://files.example.org/a.pdf'],
    ['a relative address', '/files/a.pdf'],
    ['no scheme', 'files.example.org/a.pdf'],
    ['credentials', 'https://user:secret@files.example.org/a.pdf'],
    ['a user name', 'https://user@files.example.org/a.pdf'],
    ['a space', 'https://files.example.org/cam nang.pdf'],
    ['surrounding spaces', ' https://files.example.org/a.pdf '],
    ['a line break', 'https://files.example.org/a.pdf\n'],
    ['nothing', ''],
    ['a number', 42],
  ])('refuses %s', (_, value) => {
    expect(isHttpsUrl(value)).toBe(false);
  });

  it('refuses an address longer than the limit', () => {
    const prefix = 'https://files.example.org/';
    expect(isHttpsUrl(prefix + 'a'.repeat(MAX_MATERIAL_URL_LENGTH - prefix.length))).toBe(true);
    expect(isHttpsUrl(prefix + 'a'.repeat(MAX_MATERIAL_URL_LENGTH - prefix.length + 1))).toBe(false);
  });

  it('takes a SHA-256 digest as 64 hexadecimal digits in either case', () => {
    expect(isSha256Hex('0123456789abcdef'.repeat(4))).toBe(true);
    expect(isSha256Hex('0123456789ABCDEF'.repeat(4))).toBe(true);
  });

  it.each([
    ['63 digits', 'a'.repeat(63)],
    ['65 digits', 'a'.repeat(65)],
    ['a non-hex letter', `${'a'.repeat(63)}g`],
    ['a prefix', `sha256:${'a'.repeat(64)}`],
    ['base64', 'n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg='],
    ['a number', 1234],
  ])('refuses a checksum with %s', (_, value) => {
    expect(isSha256Hex(value)).toBe(false);
  });
});
