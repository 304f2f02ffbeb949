import { apiError } from './api-error';
import type { Language } from './language';

const SEARCH_QUERY_LIMITS = { min: 2, max: 100 } as const;

/**
 * Lowercase, without diacritics, whitespace collapsed: "Tỉnh đoàn Lào Cai" → "tinh doan lao cai".
 * Stored beside names so that a search typed without accents still finds them.
 */
export function foldVietnamese(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      // đ is a letter of its own, not d with a mark, so NFD leaves it alone.
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * A `$regex` source matching the folded query anywhere in a folded field. Regex
 * metacharacters are escaped, so user input can never become a pattern (or a slow one).
 * Throws SEARCH_QUERY_INVALID (field `query`) outside 2–100 folded characters.
 */
export function searchPattern(query: string, language: Language = 'vi'): string {
  const folded = foldVietnamese(query ?? '');
  const length = [...folded].length;
  if (length < SEARCH_QUERY_LIMITS.min || length > SEARCH_QUERY_LIMITS.max) {
    throw apiError({ code: 'SEARCH_QUERY_INVALID', kind: 'validation', field: 'query', details: { ...SEARCH_QUERY_LIMITS } }, language);
  }
  return folded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
