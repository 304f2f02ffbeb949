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

/** A word's pieces are indexed from 2 up to this many characters; a longer query word is looked up by its first ones. */
const PIECE_LENGTH = 5;
/** A token of two neighbouring words joins the end of one and the start of the other, each up to this many characters. */
const PAIR_SIDE_LENGTH = 3;

const charactersOf = (text: string): string[][] =>
  text
    .split(' ')
    .filter(Boolean)
    .map((word) => [...word]);
const pairToken = (left: string[], right: string[]) => `${left.join('')} ${right.join('')}`;

/**
 * The search tokens of a folded text: every piece of 2 to 5 characters of each word, and for each
 * two neighbouring words every end of 1 to 3 characters of the first with every start of 1 to 3
 * of the second. A folded query (a searchPattern, whitespace collapsed) occurs in a text only where
 * its first word ends a word of the text, its last one starts a word and those between are words
 * of the text, one after the other; so its token (searchTokenOf) is among the tokens of every text
 * the pattern matches. An equality on the token, which an index serves, narrows the texts to try
 * to the few holding it, and the pattern then decides exactly as over every text. (Few tokens: the
 * store reads each document it tries whole, so their number is what a search pays per unit tried.)
 */
export function searchTokensOf(foldedText: string): string[] {
  const tokens = new Set<string>();
  const words = charactersOf(foldedText);
  words.forEach((word, index) => {
    for (let start = 0; start < word.length; start++) {
      for (let end = start + 2; end <= Math.min(word.length, start + PIECE_LENGTH); end++) tokens.add(word.slice(start, end).join(''));
    }
    const next = words[index + 1];
    if (next === undefined) return;
    for (let left = 1; left <= Math.min(word.length, PAIR_SIDE_LENGTH); left++) {
      for (let right = 1; right <= Math.min(next.length, PAIR_SIDE_LENGTH); right++) tokens.add(pairToken(word.slice(-left), next.slice(0, right)));
    }
  });
  return [...tokens];
}

/**
 * The token to look a searchPattern up by (see searchTokensOf). A one-word query: its first 5
 * characters. A longer one: two neighbouring words, their ends joined, the last two whose sides
 * (up to 3 characters each) make 4 characters or more, since names put their generic words first
 * ("Đoàn xã Tả Van") and a word of one character is still being typed; else the longest two.
 */
export function searchTokenOf(pattern: string): string {
  const words = charactersOf(pattern.replace(/\\(.)/gu, '$1'));
  const pairs = words.slice(1).map((right, index) => {
    const left = words[index] ?? [];
    return {
      token: pairToken(left.slice(-PAIR_SIDE_LENGTH), right.slice(0, PAIR_SIDE_LENGTH)),
      size: Math.min(left.length, PAIR_SIDE_LENGTH) + Math.min(right.length, PAIR_SIDE_LENGTH),
    };
  });
  const pair =
    pairs.findLast(({ size }) => size >= 4) ??
    pairs.reduce<(typeof pairs)[number] | undefined>((best, each) => (best && best.size > each.size ? best : each), undefined);
  return pair?.token ?? (words[0] ?? []).slice(0, PIECE_LENGTH).join('');
}
