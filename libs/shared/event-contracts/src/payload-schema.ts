import { isErased } from './personal-data';

/** A small, dependency-free schema for event data, checked on append and on read. */
export type FieldType =
  | 'string'
  | 'non-empty-string'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'iso-date'
  | 'iso-datetime'
  | 'string-array'
  | 'object'
  | 'any';

/** `field?: type` marks an optional field. */
export type PayloadSchema = Readonly<Record<string, FieldType>>;

export interface SchemaProblem {
  field: string;
  problem: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const checks: Record<FieldType, (value: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  'non-empty-string': (v) => typeof v === 'string' && v.trim().length > 0,
  integer: (v) => Number.isInteger(v),
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  boolean: (v) => typeof v === 'boolean',
  'iso-date': (v) => typeof v === 'string' && ISO_DATE.test(v),
  'iso-datetime': (v) => typeof v === 'string' && ISO_DATETIME.test(v) && !Number.isNaN(Date.parse(v)),
  'string-array': (v) => Array.isArray(v) && v.every((item) => typeof item === 'string'),
  object: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  any: () => true,
};

export function checkPayload(schema: PayloadSchema, data: unknown): SchemaProblem[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return [{ field: '(data)', problem: 'must be an object' }];
  }
  const record = data as Record<string, unknown>;
  const problems: SchemaProblem[] = [];
  const known = new Set<string>();
  for (const [key, type] of Object.entries(schema)) {
    const optional = key.endsWith('?');
    const field = optional ? key.slice(0, -1) : key;
    known.add(field);
    const value = record[field];
    if (value === undefined || value === null) {
      if (!optional) problems.push({ field, problem: 'is required' });
    } else if (!isErased(value) && !checks[type](value)) {
      problems.push({ field, problem: `must be ${type}` });
    }
  }
  for (const field of Object.keys(record)) {
    if (!known.has(field)) problems.push({ field, problem: 'is not part of this event type' });
  }
  return problems;
}
