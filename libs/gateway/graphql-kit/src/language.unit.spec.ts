import { languageOf, requestLanguage } from './language';

describe('languageOf', () => {
  it('defaults to Vietnamese without a header', () => {
    expect(languageOf(undefined)).toBe('vi');
    expect(languageOf('')).toBe('vi');
  });

  it('picks English when English has the higher q-value', () => {
    expect(languageOf('en-US,en;q=0.9,vi;q=0.8')).toBe('en');
  });

  it('skips unsupported languages and takes the best supported one', () => {
    expect(languageOf('fr, vi;q=0.5')).toBe('vi');
    expect(languageOf('fr, de;q=0.9, en;q=0.2')).toBe('en');
  });

  it('lets a later entry win when its q-value is higher', () => {
    expect(languageOf('en;q=0.3, vi-VN;q=0.7')).toBe('vi');
    expect(languageOf('vi;q=0.4, EN-GB;q=0.6')).toBe('en');
  });

  it('keeps the first listed language on a tie', () => {
    expect(languageOf('en, vi')).toBe('en');
    expect(languageOf('vi, en')).toBe('vi');
  });

  it('treats q=0 as "not acceptable" and ignores malformed q-values', () => {
    expect(languageOf('en;q=0, fr')).toBe('vi');
    expect(languageOf('en;q=abc, fr')).toBe('vi');
    expect(languageOf('en;q=1.5')).toBe('vi');
  });

  it('reads the header of an Apollo request', () => {
    const headers = new Map([['accept-language', 'en-US']]);
    expect(requestLanguage({ request: { http: { headers } } })).toBe('en');
    expect(requestLanguage({ request: {} })).toBe('vi');
  });
});
