import { apiError } from './api-error';
import type { Language } from './language';

export type CursorValue = string | number;

// Cursors are short sort keys; anything longer is not one of ours.
const MAX_CURSOR_LENGTH = 1024;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** An opaque cursor: the sort-key values of the last item, as base64url JSON. */
export const encodeCursor = (values: readonly CursorValue[]): string => Buffer.from(JSON.stringify(values)).toString('base64url');

/** The values of a cursor made by `encodeCursor`; anything else is CURSOR_INVALID (field `after`). */
export function decodeCursor(cursor: string, language: Language = 'vi'): CursorValue[] {
  const invalid = () => apiError({ code: 'CURSOR_INVALID', kind: 'validation', field: 'after' }, language);
  if (typeof cursor !== 'string' || cursor.length > MAX_CURSOR_LENGTH || !BASE64URL.test(cursor)) throw invalid();
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  const isValue = (value: unknown) => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
  if (!Array.isArray(values) || values.length === 0 || !values.every(isValue)) throw invalid();
  // Node decodes base64 leniently; only the canonical spelling of a cursor is accepted.
  if (encodeCursor(values) !== cursor) throw invalid();
  return values;
}

export interface PageSizeOptions {
  default: number;
  max: number;
}

/** The page size to fetch: the default when `first` is absent, refused below 1 or above max. */
export function pageSize(first: number | undefined | null, options: PageSizeOptions, language: Language = 'vi'): number {
  if (first === undefined || first === null) return options.default;
  if (!Number.isInteger(first) || first < 1) throw apiError({ code: 'BAD_USER_INPUT', kind: 'validation', field: 'first' }, language);
  if (first > options.max) {
    throw apiError({ code: 'PAGE_SIZE_TOO_LARGE', kind: 'validation', field: 'first', details: { max: options.max } }, language);
  }
  return first;
}
