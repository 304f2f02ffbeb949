/**
 * Diacritic-insensitive matching for Vietnamese: "Tả Van", "ta van" and "TA VAN" fold alike.
 * đ/Đ is a letter of its own (no combining mark), so it is folded by hand.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .trim();
}

/** Whether every word of the query appears, folded, in the text. */
export function matchesQuery(text: string, query: string): boolean {
  const folded = foldVietnamese(text);
  return foldVietnamese(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => folded.includes(word));
}
