import { IsString, Matches } from 'class-validator';
import { Transform } from 'class-transformer';

/** Environment values are strings; these turn them into the types a config class declares. */
export const EnvInteger = () => Transform(({ value }) => (typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value));

export const EnvBoolean = () =>
  Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    const normalised = value.trim().toLowerCase();
    if (['true', '1', 'yes'].includes(normalised)) return true;
    if (['false', '0', 'no'].includes(normalised)) return false;
    return value;
  });

/** A comma-separated list such as `host1:9092,host2:9092`. */
export const EnvList = () =>
  Transform(({ value }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((item) => item.trim())
          .filter((item) => item.length > 0)
      : value,
  );

/** A secret of 32 random bytes in base64, as `openssl rand -base64 32` prints it. */
export function Base64Key32(): PropertyDecorator {
  return (target, property) => {
    IsString()(target, property);
    Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'must be 32 random bytes in base64 (openssl rand -base64 32)' })(target, property);
  };
}
