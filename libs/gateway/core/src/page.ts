import { type CursorValue, decodeCursor, encodeCursor, type Language, type Page, pageSize } from '@tn/gateway-graphql-kit';

export const PAGE_LIMITS = { default: 20, max: 100 } as const;

const compare = (a: readonly CursorValue[], b: readonly CursorValue[]) => {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
};

/**
 * A cursor page over items already narrowed to one parent or one search (at most a few
 * thousand), ordered by `keyOf` (unique: end the key with the id). The cursor is the key of
 * the last item, so a page stays stable when items are added before it.
 */
export function pageOf<T>(
  items: readonly T[],
  keyOf: (item: T) => CursorValue[],
  args: { first?: number | null; after?: string | null },
  language: Language,
): Page<T> {
  const size = pageSize(args.first, PAGE_LIMITS, language);
  const sorted = [...items].sort((a, b) => compare(keyOf(a), keyOf(b)));
  const after = args.after ? decodeCursor(args.after, language) : undefined;
  const start = after ? sorted.findIndex((item) => compare(keyOf(item), after) > 0) : 0;
  const window = start < 0 ? [] : sorted.slice(start, start + size);
  const edges = window.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    nodes: window,
    pageInfo: { hasNextPage: start >= 0 && start + size < sorted.length, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: sorted.length,
  };
}
