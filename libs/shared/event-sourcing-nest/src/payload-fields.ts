import { validationError } from '@tn/shared-decider';

/**
 * Reading command payloads in a command route's `toCommand`, each failure a validation error
 * naming the field with its path (for example `definition.goals.0.target`). Shared by every
 * context's write side.
 */

export type Payload = Record<string, unknown>;

/** Read a required string field of a command payload, or fail naming it. */
export function requiredString(payload: Payload, field: string, prefix = ''): string {
  const value = payload[field];
  if (typeof value !== 'string') throw validationError('COMMAND.FIELD_REQUIRED', `${prefix}${field}`, `${prefix}${field} must be a string`);
  return value;
}

export function optionalString(payload: Payload, field: string, prefix = ''): string | undefined {
  const value = payload[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw validationError('COMMAND.FIELD_TYPE', `${prefix}${field}`, `${prefix}${field} must be a string`);
  return value;
}

export function stringList(payload: Payload, field: string, prefix = ''): string[] {
  const value = payload[field];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw validationError('COMMAND.FIELD_TYPE', `${prefix}${field}`, `${prefix}${field} must be a list of strings`);
  }
  return value as string[];
}

/** A list of strings that may be absent (then empty). */
export const optionalStringList = (payload: Payload, field: string, prefix = ''): string[] =>
  payload[field] === undefined || payload[field] === null ? [] : stringList(payload, field, prefix);

export function object(payload: Payload, field: string, prefix = ''): Payload {
  const value = payload[field];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw validationError('COMMAND.FIELD_REQUIRED', `${prefix}${field}`, `${prefix}${field} must be an object`);
  }
  return value as Payload;
}

export function optionalObject(payload: Payload, field: string, prefix = ''): Payload | undefined {
  const value = payload[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw validationError('COMMAND.FIELD_TYPE', `${prefix}${field}`, `${prefix}${field} must be an object`);
  }
  return value as Payload;
}

/** A list of objects (absent means empty); a bad item is named by its index, for example `records.1`. */
export function objectList(payload: Payload, field: string, prefix = ''): Payload[] {
  const value = payload[field] ?? [];
  if (!Array.isArray(value)) throw validationError('COMMAND.FIELD_TYPE', `${prefix}${field}`, `${prefix}${field} must be a list`);
  value.forEach((item, index) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw validationError('COMMAND.FIELD_TYPE', `${prefix}${field}.${index}`, `${prefix}${field}.${index} must be an object`);
    }
  });
  return value as Payload[];
}

export function requiredBoolean(payload: Payload, field: string, prefix = ''): boolean {
  const value = payload[field];
  if (typeof value !== 'boolean') throw validationError('COMMAND.FIELD_REQUIRED', `${prefix}${field}`, `${prefix}${field} must be true or false`);
  return value;
}

export function optionalBoolean(payload: Payload, field: string, prefix = ''): boolean | undefined {
  const value = payload[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw validationError('COMMAND.FIELD_TYPE', `${prefix}${field}`, `${prefix}${field} must be true or false`);
  return value;
}

/** A finite number (capacities, ages, targets: the decider checks their ranges). */
export function requiredNumber(payload: Payload, field: string, prefix = ''): number {
  const value = payload[field];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw validationError('COMMAND.FIELD_REQUIRED', `${prefix}${field}`, `${prefix}${field} must be a number`);
  }
  return value;
}

export function optionalNumber(payload: Payload, field: string, prefix = ''): number | undefined {
  const value = payload[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw validationError('COMMAND.FIELD_TYPE', `${prefix}${field}`, `${prefix}${field} must be a number`);
  return value;
}

/** Spread into an object literal: `{ ...optional('rating', rating) }` adds the key only when there is a value. */
export const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;
