import { randomBytes } from 'node:crypto';
import { decryptValue, encryptValue, unwrapKey, wrapKey } from './field-cipher';

describe('field cipher (AES-256-GCM)', () => {
  const key = randomBytes(32);

  it('round-trips any JSON value and hides the plaintext', () => {
    const value = { name: 'Nguyễn Thị Hoa', phone: '0987654321' };
    const encrypted = encryptValue(key, 'vol-1', value);
    expect(encrypted.__pd).not.toContain('Hoa');
    expect(decryptValue(key, 'vol-1', encrypted)).toEqual(value);
  });

  it('uses a fresh IV each time, so equal values do not look equal', () => {
    expect(encryptValue(key, 'vol-1', 'x').__pd).not.toBe(encryptValue(key, 'vol-1', 'x').__pd);
  });

  it('refuses a value moved to another subject (the subject id is authenticated)', () => {
    const encrypted = encryptValue(key, 'vol-1', 'secret');
    expect(() => decryptValue(key, 'vol-2', encrypted)).toThrow();
  });

  it('refuses a tampered value and a wrong key', () => {
    const encrypted = encryptValue(key, 'vol-1', 'secret');
    const raw = Buffer.from(encrypted.__pd.slice(3), 'base64');
    raw[raw.length - 1] ^= 1;
    expect(() => decryptValue(key, 'vol-1', { __pd: `v1.${raw.toString('base64')}` })).toThrow();
    expect(() => decryptValue(randomBytes(32), 'vol-1', encrypted)).toThrow();
  });

  it('wraps data keys with the key-encryption key', () => {
    const kek = randomBytes(32);
    const dataKey = randomBytes(32);
    expect(unwrapKey(kek, wrapKey(kek, dataKey, 's'), 's').equals(dataKey)).toBe(true);
  });
});
